using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Aici.Core.Classify.Model;

/// <summary>
/// The word splitter's kernels for lower-case ASCII text: the <see cref="WordHash"/> prefix hash at every character
/// (FNV-1a restarted after each separator), computed over equal stretches of the text at once so that their multiply
/// chains overlap and no branch depends on the text: eight stretches in the 64-bit lanes of one vector where the
/// machine has 512-bit vectors with 64-bit multiplies (the text read eight characters of each stretch at a time and
/// transposed, the hashes transposed back), else four interleaved scalar chains; then the words' bounds from a bit
/// mask of their characters, a vector compare per 16 characters. Words are runs of ASCII letters and digits.
/// </summary>
internal static class AsciiWords
{
    /// <summary>A padded text is a whole number of these blocks (every stretch a whole number of 64 / stretches).</summary>
    private const int Block = 64;

    /// <summary>Below this length the text is hashed as one stretch.</summary>
    private const int StreamsFrom = 192;

    /// <summary>Per ASCII character: all ones for a word character, 0 for a separator.</summary>
    private static readonly ulong[] Keep = [.. Enumerable.Range(0, 0x80).Select(c => IsWordChar((char)c) ? ulong.MaxValue : 0UL)];

    /// <summary>Per ASCII character: 0 for a word character, the offset basis for a separator (where hashes restart).</summary>
    private static readonly ulong[] Restart = [.. Enumerable.Range(0, 0x80).Select(c => IsWordChar((char)c) ? 0UL : WordHash.Offset)];

    /// <summary>Per ASCII character: 1 for a word character (a digit or a lower-case letter), 0 otherwise.</summary>
    private static ReadOnlySpan<byte> WordChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    // the word permutes of EightStretches: columns 0-3, then 4-7
    private static readonly Vector512<ushort> ColumnsLow = ColumnIndices(0);
    private static readonly Vector512<ushort> ColumnsHigh = ColumnIndices(4);

    // 0 to 15, and whether word bounds are listed by vector compress
    private static readonly Vector512<int> Lanes = Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    private static readonly bool CompressBits = Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    /// <summary>Whether texts are hashed as eight stretches in vector lanes (else as four scalar chains).</summary>
    internal static readonly bool Wide =
        Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512BW.IsSupported && Avx512DQ.IsSupported;

    /// <summary>The length <paramref name="length"/> characters take once padded for <see cref="PrefixHashes"/>.</summary>
    public static int Padded(int length) => Padded(length, Wide);

    internal static int Padded(int length, bool wide) =>
        length < StreamsFrom ? (length + Block - 1) / Block * Block : StretchesOf(wide) * StretchOf(length, wide);

    private static int StretchesOf(bool wide) => wide ? 8 : 4;

    // The length of each stretch of a text of `length` characters (at least StreamsFrom).
    private static int StretchOf(int length, bool wide)
    {
        int stretches = StretchesOf(wide);
        int unit = Block / stretches;
        return ((length + stretches - 1) / stretches + unit - 1) / unit * unit;
    }

    /// <summary>
    /// Sets <paramref name="hashes"/>[i] to the FNV-1a hash of the word characters from the start of the word at
    /// <paramref name="padded"/>[i] up to and including it, as far as the start of its stretch, for the first
    /// <paramref name="length"/> characters (a text of <see cref="StreamsFrom"/> characters or more is hashed as equal
    /// stretches of its padded length; a word that crosses from one stretch into the next has the wrong hash there:
    /// <see cref="Bounds"/> hashes such words again). The text must be lower-case ASCII, padded with separators to
    /// <see cref="Padded"/> of its length, as <paramref name="hashes"/> must be long enough for it.
    /// </summary>
    public static void PrefixHashes(ReadOnlySpan<char> padded, int length, Span<ulong> hashes) => PrefixHashes(padded, length, hashes, Wide);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void PrefixHashes(ReadOnlySpan<char> padded, int length, Span<ulong> hashes, bool wide)
    {
        if (padded.Length != Padded(length, wide) || hashes.Length < padded.Length)
        {
            throw new ArgumentException("the text is not padded, or the hash buffer is shorter than it");
        }

        ReadOnlySpan<char> text = length < StreamsFrom ? padded[..length] : padded;
        int n = text.Length;

        ref char t = ref MemoryMarshal.GetReference(text);
        ref ulong h = ref MemoryMarshal.GetReference(hashes);
        ref ulong keep = ref MemoryMarshal.GetArrayDataReference(Keep);
        ref ulong restart = ref MemoryMarshal.GetArrayDataReference(Restart);
        if (n < StreamsFrom)
        {
            ulong state = WordHash.Offset;
            for (nint i = 0; i < n; i++)
            {
                state = Step(state, ref t, ref h, ref keep, ref restart, i);
            }

            return;
        }

        if (wide)
        {
            EightStretches(text, hashes);
            return;
        }

        // four stretches a constant distance apart, so one index addresses them all and their multiply chains
        // overlap; each starts from the offset basis
        nint stretch = n / 4;
        ulong h0 = WordHash.Offset, h1 = WordHash.Offset, h2 = WordHash.Offset, h3 = WordHash.Offset;
        for (nint i = 0; i < stretch; i++)
        {
            h0 = Step(h0, ref t, ref h, ref keep, ref restart, i);
            h1 = Step(h1, ref t, ref h, ref keep, ref restart, i + stretch);
            h2 = Step(h2, ref t, ref h, ref keep, ref restart, i + (2 * stretch));
            h3 = Step(h3, ref t, ref h, ref keep, ref restart, i + (3 * stretch));
        }
    }

    /// <summary>How many entries past the words <see cref="Bounds"/> may write to (and leave undefined).</summary>
    public const int Slack = 16;

    /// <summary>
    /// Writes the bounds of the words of the first <paramref name="length"/> characters of <paramref name="padded"/>
    /// (lower-case ASCII, padded as for <see cref="PrefixHashes"/>), offset by <paramref name="offset"/>, into
    /// <paramref name="starts"/> and <paramref name="ends"/> (exclusive), and each word's id (the prefix hash at its
    /// last character, or the word hashed again when it crosses stretches) into <paramref name="ids"/>. Returns the
    /// number of words; the outputs need room for (length + 1) / 2 of them and <see cref="Slack"/> more.
    /// </summary>
    public static int Bounds(ReadOnlySpan<char> padded, int length, ReadOnlySpan<ulong> hashes, int offset, Span<int> starts, Span<int> ends, Span<ulong> ids) =>
        Bounds(padded, length, hashes, offset, starts, ends, ids, Wide);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Bounds(ReadOnlySpan<char> padded, int length, ReadOnlySpan<ulong> hashes, int offset, Span<int> starts, Span<int> ends, Span<ulong> ids, bool wide)
    {
        int n = length;
        int room = ((n + 1) / 2) + Slack;
        if (padded.Length != Padded(length, wide) || hashes.Length < n || starts.Length < room || ends.Length < room || ids.Length < room)
        {
            throw new ArgumentException("the text is not padded, or an output buffer is too short for it");
        }

        ReadOnlySpan<char> text = padded[..length];

        ref int s = ref MemoryMarshal.GetReference(starts);
        ref int e = ref MemoryMarshal.GetReference(ends);
        int words = 0;
        int closed = 0;
        ulong previous = 0;
        for (int block = 0; block < n; block += Block)
        {
            // whole blocks of the padded text: its separators past the end give no bits
            ulong w = Mask(padded, block);
            ulong carried = (w << 1) | previous;
            previous = w >> 63;
            if (CompressBits)
            {
                words = Compress(ref s, words, w & ~carried, offset + block);
                closed = Compress(ref e, closed, ~w & carried, offset + block);
            }
            else
            {
                words = Flatten(ref s, words, w & ~carried, offset + block);
                closed = Flatten(ref e, closed, ~w & carried, offset + block);
            }
        }

        if (closed < words)
        {
            // the last word runs to the end of a text whose length is a multiple of 64
            Unsafe.Add(ref e, closed) = offset + n;
        }

        // a word's hash is the prefix hash at its last character, but for a word that crosses from one stretch into
        // the next (at most one a boundary): hashed again
        ref ulong hs = ref MemoryMarshal.GetReference(hashes);
        for (int i = 0; i < words; i++)
        {
            ids[i] = Unsafe.Add(ref hs, ends[i] - offset - 1);
        }

        if (n >= StreamsFrom)
        {
            int stretch = StretchOf(n, wide);
            for (int boundary = stretch; boundary < n; boundary += stretch)
            {
                if (IsWordChar(text[boundary - 1]) && IsWordChar(text[boundary]))
                {
                    // the word holding the boundary: the last one to start before it (none starts at it), found by
                    // walking from where it would be if words were spread evenly (a few steps)
                    int at = offset + boundary;
                    int word = (int)((long)words * boundary / n);
                    while (word > 0 && starts[word] >= at)
                    {
                        word--;
                    }

                    while (word + 1 < words && starts[word + 1] < at)
                    {
                        word++;
                    }

                    ids[word] = WordHash.Of(text[(starts[word] - offset)..(ends[word] - offset)]);
                }
            }
        }

        return words;
    }

    // Eight stretches, one per 64-bit lane. Every eight characters of each stretch: the 8 × 8 block of characters
    // (row = stretch) is loaded as two vectors of four rows and transposed by two word permutes, so that column m holds
    // the m-th character of every stretch; each column is one step of the eight hash chains; the eight columns of
    // hashes are transposed back by 24 two-vector permutes and stored as eight runs of eight, one per stretch.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void EightStretches(ReadOnlySpan<char> text, Span<ulong> hashes)
    {
        int stretch = text.Length / 8;
        Vector512<ulong> offset = Vector512.Create(WordHash.Offset);

        // word index of (column m, row r) in the pair (rows 0-3, rows 4-7): columns 0-3, then columns 4-7
        Vector512<ushort> columnsLow = ColumnsLow;
        Vector512<ushort> columnsHigh = ColumnsHigh;

        // the 8 × 8 transpose of 64-bit lanes, in three rounds of two-vector permutes
        Vector512<ulong> pairLow = Vector512.Create(0UL, 8, 1, 9, 2, 10, 3, 11);
        Vector512<ulong> pairHigh = Vector512.Create(4UL, 12, 5, 13, 6, 14, 7, 15);
        Vector512<ulong> quadLow = Vector512.Create(0UL, 1, 8, 9, 2, 3, 10, 11);
        Vector512<ulong> quadHigh = Vector512.Create(4UL, 5, 12, 13, 6, 7, 14, 15);
        Vector512<ulong> rowLow = Vector512.Create(0UL, 1, 2, 3, 8, 9, 10, 11);
        Vector512<ulong> rowHigh = Vector512.Create(4UL, 5, 6, 7, 12, 13, 14, 15);

        Vector512<ulong> h = offset;
        fixed (char* chars = text)
        fixed (ulong* into = hashes)
        {
            ushort* t = (ushort*)chars;
            for (int j = 0; j < stretch; j += 8)
            {
                Vector512<ushort> top = Vector512.Create(
                    Vector256.Create(Vector128.Load(t + j), Vector128.Load(t + stretch + j)),
                    Vector256.Create(Vector128.Load(t + (2 * stretch) + j), Vector128.Load(t + (3 * stretch) + j)));
                Vector512<ushort> bottom = Vector512.Create(
                    Vector256.Create(Vector128.Load(t + (4 * stretch) + j), Vector128.Load(t + (5 * stretch) + j)),
                    Vector256.Create(Vector128.Load(t + (6 * stretch) + j), Vector128.Load(t + (7 * stretch) + j)));
                Vector512<ushort> low = Avx512BW.PermuteVar32x16x2(top, columnsLow, bottom);
                Vector512<ushort> high = Avx512BW.PermuteVar32x16x2(top, columnsHigh, bottom);

                Vector512<ulong> h0 = h = Step(h, low.GetLower().GetLower());
                Vector512<ulong> h1 = h = Step(h, low.GetLower().GetUpper());
                Vector512<ulong> h2 = h = Step(h, low.GetUpper().GetLower());
                Vector512<ulong> h3 = h = Step(h, low.GetUpper().GetUpper());
                Vector512<ulong> h4 = h = Step(h, high.GetLower().GetLower());
                Vector512<ulong> h5 = h = Step(h, high.GetLower().GetUpper());
                Vector512<ulong> h6 = h = Step(h, high.GetUpper().GetLower());
                Vector512<ulong> h7 = h = Step(h, high.GetUpper().GetUpper());

                Vector512<ulong> p01 = Avx512F.PermuteVar8x64x2(h0, pairLow, h1), p01h = Avx512F.PermuteVar8x64x2(h0, pairHigh, h1);
                Vector512<ulong> p23 = Avx512F.PermuteVar8x64x2(h2, pairLow, h3), p23h = Avx512F.PermuteVar8x64x2(h2, pairHigh, h3);
                Vector512<ulong> p45 = Avx512F.PermuteVar8x64x2(h4, pairLow, h5), p45h = Avx512F.PermuteVar8x64x2(h4, pairHigh, h5);
                Vector512<ulong> p67 = Avx512F.PermuteVar8x64x2(h6, pairLow, h7), p67h = Avx512F.PermuteVar8x64x2(h6, pairHigh, h7);
                Vector512<ulong> q01 = Avx512F.PermuteVar8x64x2(p01, quadLow, p23), q23 = Avx512F.PermuteVar8x64x2(p01, quadHigh, p23);
                Vector512<ulong> q45 = Avx512F.PermuteVar8x64x2(p01h, quadLow, p23h), q67 = Avx512F.PermuteVar8x64x2(p01h, quadHigh, p23h);
                Vector512<ulong> s01 = Avx512F.PermuteVar8x64x2(p45, quadLow, p67), s23 = Avx512F.PermuteVar8x64x2(p45, quadHigh, p67);
                Vector512<ulong> s45 = Avx512F.PermuteVar8x64x2(p45h, quadLow, p67h), s67 = Avx512F.PermuteVar8x64x2(p45h, quadHigh, p67h);
                Avx512F.PermuteVar8x64x2(q01, rowLow, s01).Store(into + j);
                Avx512F.PermuteVar8x64x2(q01, rowHigh, s01).Store(into + stretch + j);
                Avx512F.PermuteVar8x64x2(q23, rowLow, s23).Store(into + (2 * stretch) + j);
                Avx512F.PermuteVar8x64x2(q23, rowHigh, s23).Store(into + (3 * stretch) + j);
                Avx512F.PermuteVar8x64x2(q45, rowLow, s45).Store(into + (4 * stretch) + j);
                Avx512F.PermuteVar8x64x2(q45, rowHigh, s45).Store(into + (5 * stretch) + j);
                Avx512F.PermuteVar8x64x2(q67, rowLow, s67).Store(into + (6 * stretch) + j);
                Avx512F.PermuteVar8x64x2(q67, rowHigh, s67).Store(into + (7 * stretch) + j);
            }
        }

    }

    // One step of the eight chains on a column of characters: a separator restarts its chain.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Step(Vector512<ulong> state, Vector128<ushort> column)
    {
        Vector512<ulong> c = Avx512F.ConvertToVector512UInt64(column);
        Vector512<ulong> word = Vector512.LessThan(c - Vector512.Create((ulong)'0'), Vector512.Create(10UL))
            | Vector512.LessThan(c - Vector512.Create((ulong)'a'), Vector512.Create(26UL));
        return Vector512.ConditionalSelect(word, (state ^ c) * WordHash.Prime, Vector512.Create(WordHash.Offset));
    }

    // For the columns from `first` to first + 3: the index, in the pair (rows 0-3 of eight characters, rows 4-7), of
    // row r's character of column m, at m * 8 + r.
    private static Vector512<ushort> ColumnIndices(int first)
    {
        Span<ushort> indices = stackalloc ushort[32];
        for (int m = 0; m < 4; m++)
        {
            for (int r = 0; r < 8; r++)
            {
                indices[(m * 8) + r] = (ushort)((r < 4 ? r * 8 : 32 + ((r - 4) * 8)) + first + m);
            }
        }

        return Vector512.Create<ushort>(indices);
    }

    // Appends base + the position of each set bit of `bits` to `into` at `count`, sixteen bits at a time by a vector
    // compress (the 16 entries past the new count are left undefined); returns the new count.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Compress(ref int into, int count, ulong bits, int at)
    {
        for (int piece = 0; piece < 64; piece += 16)
        {
            uint part = (uint)(bits >> piece) & 0xFFFF;
            Vector512<int> positions = Lanes + Vector512.Create(at + piece);
            Vector512<uint> chosen = Vector512.Equals(Avx512F.ShiftRightLogicalVariable(Vector512.Create(part), Lanes.AsUInt32()) & Vector512<uint>.One, Vector512<uint>.One);
            Avx512F.Compress(Vector512<int>.Zero, chosen.AsInt32(), positions).StoreUnsafe(ref into, (nuint)count);
            count += BitOperations.PopCount(part);
        }

        return count;
    }

    // Appends base + the position of each set bit of `bits` to `into` at `count`, eight at a time without a branch
    // per bit (the entries past the new count are left undefined); returns the new count.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Flatten(ref int into, int count, ulong bits, int at)
    {
        int found = BitOperations.PopCount(bits);
        ref int o = ref Unsafe.Add(ref into, count);
        do
        {
            Unsafe.Add(ref o, 0) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 1) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 2) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 3) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 4) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 5) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 6) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Unsafe.Add(ref o, 7) = at + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            o = ref Unsafe.Add(ref o, 8);
        }
        while (bits != 0);

        return count + found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ref char text, ref ulong hashes, ref ulong keep, ref ulong restart, nint i)
    {
        uint c = Unsafe.Add(ref text, i);
        nint k = (nint)(c & 0x7F);
        h = (((h ^ c) * WordHash.Prime) & Unsafe.Add(ref keep, k)) | Unsafe.Add(ref restart, k);
        Unsafe.Add(ref hashes, i) = h;
        return h;
    }

    private static bool IsWordChar(char c) => c < 0x80 && WordChars[c] != 0;

    // Bit i set when text[block + i] is a word character; bits past the end are 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(ReadOnlySpan<char> text, int block)
    {
        int n = text.Length - block;
        if (n >= 64 && Vector256.IsHardwareAccelerated)
        {
            ref ushort at = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), block));
            return Mask16(Vector256.LoadUnsafe(ref at))
                | ((ulong)Mask16(Vector256.LoadUnsafe(ref at, 16)) << 16)
                | ((ulong)Mask16(Vector256.LoadUnsafe(ref at, 32)) << 32)
                | ((ulong)Mask16(Vector256.LoadUnsafe(ref at, 48)) << 48);
        }

        ulong mask = 0;
        int count = Math.Min(n, 64);
        for (int i = 0; i < count; i++)
        {
            if (IsWordChar(text[block + i]))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mask16(Vector256<ushort> chars)
    {
        Vector256<ushort> digit = Vector256.LessThan(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        Vector256<ushort> letter = Vector256.LessThan(chars - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        return (digit | letter).ExtractMostSignificantBits();
    }
}
