namespace Aici.Sources.Inputs;

/// <summary>Opens an input file for reading, decompressing it when it is gzip.</summary>
internal static class InputStreams
{
    private const int FileBufferSize = 1 << 16;

    /// <summary>
    /// Opens <paramref name="path"/>. It is read as gzip when it starts with the gzip magic bytes 1f 8b (or, when the
    /// file cannot be peeked at, such as a pipe, when its name ends in ".gz").
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="tap">Sees every byte read from the file (before decompression), in order.</param>
    /// <exception cref="InputException">The file does not exist or cannot be opened.</exception>
    public static Stream Open(string path, IInputTap? tap = null)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw InputException.For(path, "cannot open: " + e.Message, e);
        }

        try
        {
            bool gzip = IsGzip(file, path);
            Stream raw = tap is null ? file : new TappedStream(file, tap);
            return gzip ? new CheckedGzipStream(file, raw) : raw;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>True when the name says gzip (".gz").</summary>
    public static bool HasGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsGzip(FileStream file, string path)
    {
        if (!file.CanSeek)
        {
            return HasGzipName(path);
        }

        Span<byte> magic = stackalloc byte[2];
        int n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
