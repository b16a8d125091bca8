namespace Aici.Sources.OpenAlex;

/// <summary>
/// The line of a byte offset in a JSON text, by counting '\n' up to it. Offsets must be asked in increasing order
/// (as a reader meets them), so the text is scanned once.
/// </summary>
internal ref struct LineCounter(ReadOnlySpan<byte> text, long firstLine)
{
    private readonly ReadOnlySpan<byte> text = text;
    private int counted;
    private long line = firstLine;

    /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
    public long At(long offset)
    {
        int end = (int)Math.Clamp(offset, counted, text.Length);
        line += text[counted..end].Count((byte)'\n');
        counted = end;
        return line;
    }
}
