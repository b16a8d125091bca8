using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Aici.Core.Classify.Model;

/// <summary>
/// A model's weights laid out for scoring, so that a look-up costs little. Rows sit at the positions of a
/// <see cref="PerfectHash"/> of the feature ids, each row the full 64-bit id beside the feature's 16-bit weight for
/// every label (weight = integer × the label's scale) in one cache line: a known feature costs one line, and comparing
/// the id makes a look-up exact. A paper's look-ups run in two branch-free passes: the positions of all its features
/// (eight at a time with 512-bit arithmetic where the machine has it), then the rows, each prefetched a few look-ups
/// ahead, so that their cache misses overlap (for models of up to 32 labels; more go one look-up at a time). (About
/// 70% of a paper's features are known to the shipped model, so a Bloom filter in front of the rows cost more than
/// the rows it spared: 2.4 µs a paper with it, 1.6 µs without.)
/// A paper's margin is a sum of integers, exact whatever the order. A feature's "row" here is its position.
/// Immutable.
/// </summary>
internal sealed class PackedWeights
{
    /// <summary>The id a feature whose hash is 0 is stored under (empty positions hold 0).</summary>
    private const ulong ZeroId = 0x9E3779B97F4A7C15UL;

    /// <summary>How many look-ups ahead a row is prefetched.</summary>
    private const int Ahead = 16;

    /// <summary>The most groups of four labels the branch-free pass sums (32 labels); more go one look-up at a time.</summary>
    private const int MaxWideChunks = 8;

    private readonly PerfectHash _hash;
    private readonly ulong[] _rows;
    private readonly int[] _modelRows;
    private readonly int _stride;

    public PackedWeights(ReadOnlySpan<ulong> ids, ReadOnlySpan<short> weights, int labels)
    {
        var keys = new ulong[ids.Length];
        for (int row = 0; row < ids.Length; row++)
        {
            keys[row] = Key(ids[row]);
        }

        try
        {
            _hash = new PerfectHash(keys);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"a feature id appears twice: {e.Message}", nameof(ids), e);
        }

        Labels = labels;
        _stride = 1 + ((labels + 3) / 4);
        _rows = new ulong[_hash.Size * _stride];
        _modelRows = new int[_hash.Size];
        _modelRows.AsSpan().Fill(-1);
        for (int row = 0; row < keys.Length; row++)
        {
            int at = _hash.PositionOf(keys[row]);
            _modelRows[at] = row;
            _rows[at * _stride] = keys[row];
            for (int l = 0; l < labels; l++)
            {
                _rows[(at * _stride) + 1 + (l / 4)] |= (ulong)(ushort)weights[(row * labels) + l] << (16 * (l % 4));
            }
        }
    }

    public int Labels { get; }

    /// <summary>The position ("row") of feature <paramref name="id"/>, or -1.</summary>
    public int Find(ulong id)
    {
        int at = PositionOf(id);
        return _rows[at * _stride] == Key(id) ? at : -1;
    }

    /// <summary>The position an id is looked up at, one id at a time (whether the model knows it or not).</summary>
    internal int PositionOf(ulong id) => _hash.PositionOf(Key(id));

    /// <summary>The model's row (weight-file order) of position <paramref name="row"/>.</summary>
    public int ModelRow(int row) => _modelRows[row];

    /// <summary>
    /// The position of each of <paramref name="ids"/> (or -1) into <paramref name="rows"/>, and the sum over them of
    /// count × weight for each label into <paramref name="sums"/>. <paramref name="totalCount"/> is the sum of the
    /// counts (below 65,536 the sums fit 32-bit lanes).
    /// </summary>
    public void Sum(ReadOnlySpan<ulong> ids, ReadOnlySpan<int> counts, int totalCount, Span<int> rows, Span<long> sums)
    {
        if (rows.Length < ids.Length || counts.Length < ids.Length || sums.Length != Labels)
        {
            throw new ArgumentException("the buffers do not fit the ids and labels");
        }

        sums.Clear();
        if (_stride - 1 > MaxWideChunks || totalCount >= 1 << 16)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                int row = rows[i] = Find(ids[i]);
                if (row >= 0)
                {
                    Add(row, counts[i], sums);
                }
            }

            return;
        }

        Positions(ids, rows);
        if (_stride == 2)
        {
            Vector128<int> total = Rows(ids, counts, rows);
            for (int l = 0; l < Labels; l++)
            {
                sums[l] = total[l];
            }

            return;
        }

        Span<Vector128<int>> chunks = stackalloc Vector128<int>[_stride - 1];
        WideRows(ids, counts, rows, chunks);
        for (int l = 0; l < Labels; l++)
        {
            sums[l] = chunks[l / 4][l % 4];
        }
    }

    /// <summary>The position of each of <paramref name="ids"/> (known or not) into <paramref name="positions"/>.</summary>
    internal void Positions(ReadOnlySpan<ulong> ids, Span<int> positions)
    {
        if (positions.Length < ids.Length)
        {
            throw new ArgumentException("no room for every position", nameof(positions));
        }

        int done = Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512DQ.IsSupported && Avx2.IsSupported
            ? PositionsBy512(ids, positions)
            : 0;
        ushort[] pilots = _hash.PaddedPilots;
        for (int i = done; i < ids.Length; i++)
        {
            ulong key = Key(ids[i]);
            positions[i] = PerfectHash.Position(key, pilots[PerfectHash.BucketOf(key, _hash.Buckets)], _hash.Size);
        }
    }

    /// <summary>The 16-bit weight at position <paramref name="row"/> for label <paramref name="label"/>.</summary>
    public short Weight(int row, int label) => (short)(_rows[(row * _stride) + 1 + (label / 4)] >> (16 * (label % 4)));

    /// <summary>Adds <paramref name="count"/> × the weights at position <paramref name="row"/> to <paramref name="sums"/>.</summary>
    public void Add(int row, int count, Span<long> sums)
    {
        int at = (row * _stride) + 1;
        for (int l = 0; l < sums.Length; l++)
        {
            sums[l] += count * (long)(short)(_rows[at + (l / 4)] >> (16 * (l % 4)));
        }
    }

    private static ulong Key(ulong id) => id == 0 ? ZeroId : id;

    // Pass 1, eight ids at a time: PerfectHash.BucketOf and PerfectHash.Position in 64-bit lanes (the pilots gathered
    // 32 bits at a time and cut to 16; the high half of the 128-bit product h × size taken from two 32 × 32-bit ones,
    // ((h >> 32) × size + ((h & 0xFFFFFFFF) × size >> 32)) >> 32, which is exact: size is below 2^32). Returns how
    // many ids it placed (a multiple of eight).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe int PositionsBy512(ReadOnlySpan<ulong> ids, Span<int> positions)
    {
        Vector512<ulong> spread = Vector512.Create(PerfectHash.Spread);
        Vector512<ulong> mix = Vector512.Create(PerfectHash.Mix);
        Vector512<ulong> buckets = Vector512.Create((ulong)(uint)_hash.Buckets);
        Vector512<ulong> size = Vector512.Create((ulong)(uint)_hash.Size);
        Vector512<ulong> low = Vector512.Create(0xFFFFFFFFUL);
        Vector512<ulong> zeroId = Vector512.Create(ZeroId);
        int i = 0;
        fixed (ulong* idAt = ids)
        fixed (ushort* pilots = _hash.PaddedPilots)
        fixed (int* into = positions)
        {
            for (; i + Vector512<ulong>.Count <= ids.Length; i += Vector512<ulong>.Count)
            {
                Vector512<ulong> id = Vector512.Load(idAt + i);
                Vector512<ulong> key = Vector512.ConditionalSelect(Vector512.Equals(id, Vector512<ulong>.Zero), zeroId, id);
                Vector512<ulong> bucket = (((key * spread) >>> 32) * buckets) >>> 32;
                Vector256<int> pilot32 = Avx2.GatherVector256((int*)pilots, Avx512F.ConvertToVector256Int32(bucket.AsInt64()), 2);
                Vector512<ulong> pilot = Avx512F.ConvertToVector512UInt64(pilot32.AsUInt32()) & Vector512.Create(0xFFFFUL);
                Vector512<ulong> h = (key ^ ((pilot + Vector512<ulong>.One) * spread)) * mix;
                h ^= h >>> 32;
                Vector512<ulong> at = (((h >>> 32) * size) + (((h & low) * size) >>> 32)) >>> 32;
                Avx512F.ConvertToVector256Int32(at.AsInt64()).Store(into + i);
            }
        }

        return i;
    }

    // Pass 2: each row's id compared and its weights added (masked when the id differs), without a branch, the row of
    // the look-up `Ahead` places on prefetched meanwhile; `rows` holds the positions and gets the rows (or -1). (A
    // prefetch is only a hint: should the collector move the table meanwhile, a stale address costs a wasted fetch,
    // never a wrong sum or a fault.)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe Vector128<int> Rows(ReadOnlySpan<ulong> ids, ReadOnlySpan<int> counts, Span<int> rows)
    {
        ref ulong data = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref ulong idAt = ref MemoryMarshal.GetReference(ids);
        ref int countAt = ref MemoryMarshal.GetReference(counts);
        ref int rowAt = ref MemoryMarshal.GetReference(rows);
        int n = ids.Length;
        if (Sse.IsSupported)
        {
            for (int i = 0; i < Math.Min(Ahead, n); i++)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data, Unsafe.Add(ref rowAt, i) * 2)));
            }
        }

        Vector128<int> sum = Vector128<int>.Zero;
        for (int i = 0; i < n; i++)
        {
            if (Sse.IsSupported && i + Ahead < n)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data, Unsafe.Add(ref rowAt, i + Ahead) * 2)));
            }

            ulong id = Key(Unsafe.Add(ref idAt, i));
            int at = Unsafe.Add(ref rowAt, i);
            int hit = Unsafe.Add(ref data, at * 2) == id ? 1 : 0;
            ulong packed = Unsafe.Add(ref data, (at * 2) + 1) & (ulong)-(long)hit;
            sum += Vector128.WidenLower(Vector128.CreateScalarUnsafe(packed).AsInt16()) * Unsafe.Add(ref countAt, i);
            Unsafe.Add(ref rowAt, i) = (at & -hit) | (hit - 1);
        }

        return sum;
    }
    // Pass 2 for rows of more than four labels: as Rows, each group of four 16-bit weights summed in its own vector.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void WideRows(ReadOnlySpan<ulong> ids, ReadOnlySpan<int> counts, Span<int> rows, Span<Vector128<int>> sums)
    {
        ref ulong data = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref ulong idAt = ref MemoryMarshal.GetReference(ids);
        ref int countAt = ref MemoryMarshal.GetReference(counts);
        ref int rowAt = ref MemoryMarshal.GetReference(rows);
        ref Vector128<int> sumAt = ref MemoryMarshal.GetReference(sums);
        int n = ids.Length;
        int stride = _stride;
        int chunks = stride - 1;
        sums.Clear();
        if (Sse.IsSupported)
        {
            for (int i = 0; i < Math.Min(Ahead, n); i++)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data, Unsafe.Add(ref rowAt, i) * stride)));
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (Sse.IsSupported && i + Ahead < n)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref data, Unsafe.Add(ref rowAt, i + Ahead) * stride)));
            }

            ulong id = Key(Unsafe.Add(ref idAt, i));
            int at = Unsafe.Add(ref rowAt, i);
            int hit = Unsafe.Add(ref data, at * stride) == id ? 1 : 0;
            ulong mask = (ulong)-(long)hit;
            int count = Unsafe.Add(ref countAt, i);
            ref ulong row = ref Unsafe.Add(ref data, (at * stride) + 1);
            for (int c = 0; c < chunks; c++)
            {
                ulong packed = Unsafe.Add(ref row, c) & mask;
                Unsafe.Add(ref sumAt, c) += Vector128.WidenLower(Vector128.CreateScalarUnsafe(packed).AsInt16()) * count;
            }

            Unsafe.Add(ref rowAt, i) = (at & -hit) | (hit - 1);
        }
    }
}
