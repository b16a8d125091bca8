using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Aici.Sources.Inputs;

/// <summary>
/// Tells a complete gzip file from a truncated one. .NET's <see cref="GZipStream"/> simply ends when its input runs
/// out in the middle of a member (dotnet/runtime#47563), so after it ends the file's 8-byte trailer (CRC-32 and size
/// modulo 2^32 of the last member) is checked against what was decompressed.
/// </summary>
internal static class GzipTrailer
{
    /// <summary>The smallest possible gzip member: 10-byte header, an empty deflate block, 8-byte trailer.</summary>
    private const int MinimumMemberLength = 18;

    /// <summary>
    /// True when <paramref name="file"/> (fully read by a <see cref="GZipStream"/> that produced
    /// <paramref name="decompressed"/> bytes) ends with the trailer of a complete member.
    /// </summary>
    public static bool IsComplete(FileStream file, long decompressed)
    {
        long length = file.Length;
        if (length < MinimumMemberLength)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[8];
        file.Seek(length - 8, SeekOrigin.Begin);
        file.ReadExactly(trailer);
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        uint size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if ((uint)decompressed == size)
        {
            return true;
        }

        // Several concatenated members (e.g. `cat a.gz b.gz`, bgzip): the trailer describes only the last member,
        // which is the last `size` bytes of the output. Decompress again and check that tail's CRC.
        return size < decompressed && LastMemberMatches(file.Name, decompressed - size, size, crc);
    }

    private static bool LastMemberMatches(string path, long skip, uint size, uint crc)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            long position = 0;
            uint actual = 0;
            int n;
            while ((n = gzip.Read(buffer)) > 0)
            {
                long end = position + n;
                if (end > skip)
                {
                    int from = (int)Math.Max(0, skip - position);
                    actual = Crc32.Append(actual, buffer.AsSpan(from, n - from));
                }

                position = end;
            }

            return position - skip == size && actual == crc;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
