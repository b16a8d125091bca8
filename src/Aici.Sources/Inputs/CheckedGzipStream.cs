using System.IO.Compression;

namespace Aici.Sources.Inputs;

/// <summary>
/// A read-only gzip decompressing stream over a file that throws <see cref="EndOfStreamException"/> when the file
/// ends before its last gzip member does (see <see cref="GzipTrailer"/>). Corrupt data still throws
/// <see cref="InvalidDataException"/> from <see cref="GZipStream"/>.
/// </summary>
internal sealed class CheckedGzipStream : ReadOnlyStream
{
    public const string TruncatedMessage = "truncated gzip stream";

    private readonly FileStream file;
    private readonly GZipStream gzip;
    private long decompressed;
    private bool ended;

    /// <param name="file">The gzip file (its trailer is checked there).</param>
    /// <param name="compressed">The stream the compressed bytes are read from: the file, or a stream over it.</param>
    public CheckedGzipStream(FileStream file, Stream? compressed = null)
    {
        this.file = file;
        gzip = new GZipStream(compressed ?? file, CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(Span<byte> buffer)
    {
        if (ended || buffer.IsEmpty)
        {
            return 0;
        }

        int n = gzip.Read(buffer);
        if (n == 0)
        {
            ended = true;
            if (!GzipTrailer.IsComplete(file, decompressed))
            {
                throw new EndOfStreamException(TruncatedMessage);
            }
        }

        decompressed += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gzip.Dispose();
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
