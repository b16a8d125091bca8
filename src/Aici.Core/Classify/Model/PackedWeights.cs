namespace Aici.Core.Classify.Model;

/// <summary>
/// A model's weights laid out for scoring: an open-addressing table (linear probing, at most half full) whose
/// slot holds the feature id and, beside it in the same cache line, the feature's 16-bit weight for every label
/// (weight = integer × the label's scale); id 0 marks an empty slot. A paper's features are looked up in two passes,
/// the first touching every feature's home slot with no branch in between, so the memory accesses overlap instead of
/// waiting for each other; a paper's margin is a sum of integers, exact whatever the order. Immutable.
/// </summary>
internal sealed class PackedWeights
{
    /// <summary>The id a feature whose hash is 0 is stored under (0 marks empty slots).</summary>
    private const ulong ZeroId = 0x9E3779B97F4A7C15UL;

    private readonly long[] _slots;
    private readonly int[] _rows;
    private readonly int _stride;
    private readonly int _mask;

    public PackedWeights(ReadOnlySpan<ulong> ids, ReadOnlySpan<short> weights, int labels)
    {
        int size = 16;
        while (size < ids.Length * 2)
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
            ulong id = Key(ids[row]);
            int slot = SlotOf(id);
            while (_rows[slot] >= 0)
            {
                if ((ulong)_slots[slot * _stride] == id)
                {
                    throw new ArgumentException($"feature id {ids[row]:x16} appears twice (rows {_rows[slot]} and {row})", nameof(ids));
                }

                slot = (slot + 1) & _mask;
            }

            _rows[slot] = row;
            _slots[slot * _stride] = (long)id;
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
        id = Key(id);
        int slot = SlotOf(id);
        while (true)
        {
            ulong key = (ulong)_slots[slot * _stride];
            if (key == id)
            {
                return slot;
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The slot of each of <paramref name="ids"/> (or -1), into <paramref name="slots"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void FindAll(ReadOnlySpan<ulong> ids, Span<int> slots, Span<long> keys)
    {
        long[] table = _slots;
        int stride = _stride;
        // pass 1: the home slot of every id and the key there, independent loads without branches
        for (int i = 0; i < ids.Length; i++)
        {
            int slot = SlotOf(Key(ids[i]));
            slots[i] = slot;
            keys[i] = table[slot * stride];
        }

        // pass 2: hits at home, misses at an empty home, and the rest probed on (their lines are cached by now)
        int mask = _mask;
        for (int i = 0; i < ids.Length; i++)
        {
            ulong id = Key(ids[i]);
            ulong key = (ulong)keys[i];
            if (key == id)
            {
                continue;
            }

            int slot = slots[i];
            while (key != 0 && key != id)
            {
                slot = (slot + 1) & mask;
                key = (ulong)table[slot * stride];
            }

            slots[i] = key == 0 ? -1 : slot;
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
        if (sums.Length == 4)
        {
            long packed = _slots[at];
            sums[0] += count * (long)(short)packed;
            sums[1] += count * (long)(short)(packed >> 16);
            sums[2] += count * (long)(short)(packed >> 32);
            sums[3] += count * (long)(short)(packed >> 48);
            return;
        }

        for (int l = 0; l < sums.Length; l++)
        {
            sums[l] += count * (long)(short)(_slots[at + (l / 4)] >> (16 * (l % 4)));
        }
    }

    private static ulong Key(ulong id) => id == 0 ? ZeroId : id;

    private int SlotOf(ulong id) => (int)((id ^ (id >> 29)) & (uint)_mask);
}
