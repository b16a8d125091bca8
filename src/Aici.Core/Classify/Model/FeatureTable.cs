namespace Aici.Core.Classify.Model;

/// <summary>
/// Feature ids (64-bit <see cref="WordHash"/> values) to their row in a model: an open-addressing table with linear
/// probing, at most half full, so a lookup is one or two probes into a few contiguous arrays and allocates nothing.
/// Immutable after construction, so any number of threads may read it.
/// </summary>
public sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <param name="ids">Feature ids; row i is ids[i]. Ids must be distinct.</param>
    public FeatureTable(ReadOnlySpan<ulong> ids)
    {
        int size = 16;
        while (size < ids.Length * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        _rows.AsSpan().Fill(-1);
        _mask = size - 1;
        for (int i = 0; i < ids.Length; i++)
        {
            int slot = Slot(ids[i]);
            while (_rows[slot] >= 0)
            {
                if (_keys[slot] == ids[i])
                {
                    throw new ArgumentException($"feature id {ids[i]:x16} appears twice (rows {_rows[slot]} and {i})", nameof(ids));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = ids[i];
            _rows[slot] = i;
        }

        Count = ids.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="id"/>, or -1.</summary>
    public int Find(ulong id)
    {
        int slot = Slot(id);
        while (true)
        {
            int row = _rows[slot];
            if (row < 0 || _keys[slot] == id)
            {
                return row;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong id) => (int)((id ^ (id >> 32)) & (uint)_mask);
}
