namespace Aici.Sources.Inputs;

/// <summary>
/// Sees every byte of an input file, in order, as a reader reads it from disk (before any decompression), so that a
/// caller can hash the file in the reader's own pass instead of reading it again. Called on the reader's thread.
/// </summary>
public interface IInputTap
{
    /// <summary>The next bytes of the file.</summary>
    void Append(ReadOnlySpan<byte> bytes);
}
