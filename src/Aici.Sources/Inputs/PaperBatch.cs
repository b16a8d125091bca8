using Aici.Core.Domain;

namespace Aici.Sources.Inputs;

/// <summary>
/// A run of consecutive records of one input, as <see cref="ParallelPaperReader"/> hands it back: the read items (papers
/// and diagnostics) in input order, and for each the worker's result (the default value for an item without a paper).
/// Valid until the reader is asked for the next batch.
/// </summary>
public sealed class PaperBatch<T> : IDisposable
{
    private byte[] _bytes = new byte[1 << 16];
    private int _length;

    internal PaperBatch()
    {
    }

    public List<ReadItem> Items { get; } = [];

    public List<T> Results { get; } = [];

    /// <summary>Lines still to parse: where each starts in the batch's bytes, its length and its line number.</summary>
    internal List<(int Start, int Length, long Number)> Lines { get; } = [];

    internal ManualResetEventSlim Done { get; } = new(false);

    internal int ByteCount => _length;

    internal ReadOnlySpan<byte> Line(int index) => _bytes.AsSpan(Lines[index].Start, Lines[index].Length);

    internal void AddLine(ReadOnlySpan<byte> line, long number)
    {
        if (_length + line.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + line.Length));
        }

        line.CopyTo(_bytes.AsSpan(_length));
        Lines.Add((_length, line.Length, number));
        _length += line.Length;
    }

    internal void Reset()
    {
        Items.Clear();
        Results.Clear();
        Lines.Clear();
        _length = 0;
        Done.Reset();
    }

    public void Dispose() => Done.Dispose();
}
