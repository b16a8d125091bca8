using System.Security.Cryptography;

namespace Aici.Cli.Pipeline;

internal static class FileHash
{
    /// <summary>Size and lower-case hex SHA-256 of a file, as the manifest records them.</summary>
    public static (long Bytes, string Sha256) Of(string path)
    {
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        byte[] hash = SHA256.HashData(stream);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }
}
