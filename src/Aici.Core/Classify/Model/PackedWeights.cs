namespace Aici.Core.Classify.Model;

/// <summary>
/// A model's weights laid out for scoring: an open-addressing table (linear probing, at most about 60% full) whose
/// slot holds the feature id and, beside it in the same cache line, the feature's 16-bit weight for every label
/// (weight = integer × the label's scale). A lookup costs one memory access, hit or miss, and a paper's margin is a
/// sum of integers, exact whatever the order. Immutable.
/// </summary>
internal sealed class PackedWeights
{
    private readonly long[] _slots;
    private readonly int[] _rows;
    private readonly int _stride;
    private readonly int _mask;

    public PackedWeights(ReadOnlySpan<ulong> ids, ReadOnlySpan<short> weights, int labels)
    {
        int size = 16;
        while (size < ids.Length + (ids.Length * 2 / 3))
        {
            size <<= 1;
        }

        _stride = 1 + ((labels + 3) / 4);
        _slots = new long[size * _stride];
        _rows = new int[size];
        _rows.AsSpan().Fill(-1);
        _mask = size - 1;
        Labels = labels;
        for (int row = 0; row < ids.Length; row++)
        {
            int slot = SlotOf(ids[row]);
            while (_rows[slot] >= 0)
            {
                if ((ulong)_slots[slot * _stride] == ids[row])
                {
                    throw new ArgumentException($"feature id {ids[row]:x16} appears twice (rows {_rows[slot]} and {row})", nameof(ids));
                }

                slot = (slot + 1) & _mask;
            }

            _rows[slot] = row;
            _slots[slot * _stride] = (long)ids[row];
            for (int l = 0; l < labels; l++)
            {
                int at = (slot * _stride) + 1 + (l / 4);
                _slots[at] |= (long)(ushort)weights[(row * labels) + l] << (16 * (l % 4));
            }
        }
    }

    public int Labels { get; }

    /// <summary>The slot of <paramref name="id"/>, or -1.</summary>
    public int Find(ulong id)
    {
        int slot = SlotOf(id);
        long[] slots = _slots;
        int[] rows = _rows;
        while (true)
        {
            if (rows[slot] < 0)
            {
                return -1;
            }

            if ((ulong)slots[slot * _stride] == id)
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The model row of slot <paramref name="slot"/>.</summary>
    public int RowOf(int slot) => _rows[slot];

    /// <summary>The 16-bit weight of slot <paramref name="slot"/> for label <paramref name="label"/>.</summary>
    public short Weight(int slot, int label) => (short)(_slots[(slot * _stride) + 1 + (label / 4)] >> (16 * (label % 4)));

    /// <summary>Adds <paramref name="count"/> × the slot's weights to <paramref name="sums"/>.</summary>
    public void Add(int slot, int count, Span<long> sums)
    {
        int at = (slot * _stride) + 1;
        for (int l = 0; l < sums.Length; l += 4)
        {
            long packed = _slots[at + (l / 4)];
            int n = Math.Min(4, sums.Length - l);
            for (int k = 0; k < n; k++)
            {
                sums[l + k] += count * (long)(short)(packed >> (16 * k));
            }
        }
    }

    private int SlotOf(ulong id) => (int)((id ^ (id >> 29)) & (uint)_mask);
}
