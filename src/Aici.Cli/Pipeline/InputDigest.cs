using System.IO.Hashing;
using System.Security.Cryptography;

using Aici.Sources.Inputs;

namespace Aici.Cli.Pipeline;

/// <summary>
/// The SHA-256 (for the manifest) and, when asked for, the XxHash128 (to recognise the input in later runs) of an
/// input, computed from the bytes its reader reads, so that a new input is read from disk once instead of three times.
/// They are the file's hashes only when <see cref="Bytes"/> reached the file's size: a reader that stopped early, or
/// did not read the file itself, leaves them to <see cref="FileHash"/>.
/// </summary>
internal sealed class InputDigest(bool quick) : IInputTap, IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly XxHash128? _quick = quick ? new XxHash128() : null;

    /// <summary>How many bytes were seen.</summary>
    public long Bytes { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        _sha256.AppendData(bytes);
        _quick?.Append(bytes);
        Bytes += bytes.Length;
    }

    /// <summary>The lower-case hex SHA-256 of the bytes seen.</summary>
    public string Sha256() => Convert.ToHexStringLower(_sha256.GetHashAndReset());

    /// <summary>The lower-case hex XxHash128 of the bytes seen (when asked for at creation).</summary>
    public string XxHash128() => Convert.ToHexStringLower((_quick ?? throw new InvalidOperationException("no quick hash was asked for")).GetCurrentHash());

    public void Dispose() => _sha256.Dispose();
}
