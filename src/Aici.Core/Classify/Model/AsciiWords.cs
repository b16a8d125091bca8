using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Aici.Core.Classify.Model;

/// <summary>
/// The word splitter's kernels for lower-case ASCII text: the <see cref="WordHash"/> prefix hash at every character
/// (FNV-1a restarted after each separator), computed over four equal stretches of the text at once so that their
/// multiply chains overlap and no branch depends on the text; then the words' bounds from a bit mask of their
/// characters, a vector compare per 16 characters. Words are runs of ASCII letters and digits.
/// </summary>
internal static class AsciiWords
{
    /// <summary>A stretch's length is a multiple of this, so a text is padded by fewer than 4 × this characters.</summary>
    private const int StretchUnit = 8;

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

    /// <summary>The length <paramref name="length"/> characters take once padded for <see cref="PrefixHashes"/>.</summary>
    public static int Padded(int length) => length < StreamsFrom ? length : 4 * StretchOf(length);

    // The length of each of the four stretches of a text of `length` characters (at least StreamsFrom).
    private static int StretchOf(int length) => ((length + 3) / 4 + StretchUnit - 1) / StretchUnit * StretchUnit;

    /// <summary>
    /// Sets <paramref name="hashes"/>[i] to the FNV-1a hash of the word characters from the start of the word at
    /// <paramref name="text"/>[i] up to and including it, as far as the start of its stretch (a text of
    /// <see cref="StreamsFrom"/> characters or more is hashed as four stretches of a quarter of its padded length; a
    /// word that crosses from one stretch into the next has the wrong hash there: <see cref="Bounds"/> hashes such
    /// words again). <paramref name="text"/> must be lower-case ASCII, and be padded with separators to
    /// <see cref="Padded"/> of its length, as <paramref name="hashes"/> must be long enough for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PrefixHashes(ReadOnlySpan<char> text, Span<ulong> hashes)
    {
        int n = text.Length;
        if (hashes.Length < n)
        {
            throw new ArgumentException("the hash buffer is shorter than the text", nameof(hashes));
        }

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

        if (n % (4 * StretchUnit) != 0)
        {
            throw new ArgumentException("the text is not padded", nameof(text));
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
    /// Writes the bounds of the words of <paramref name="text"/> (lower-case ASCII), offset by
    /// <paramref name="offset"/>, into <paramref name="starts"/> and <paramref name="ends"/> (exclusive), and each
    /// word's id (the prefix hash at its last character, or the word hashed again when it crosses stretches) into
    /// <paramref name="ids"/>. Returns the number of words; the outputs need room for (length + 1) / 2 of them and
    /// <see cref="Slack"/> more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Bounds(ReadOnlySpan<char> text, ReadOnlySpan<ulong> hashes, int offset, Span<int> starts, Span<int> ends, Span<ulong> ids)
    {
        int n = text.Length;
        int room = ((n + 1) / 2) + Slack;
        if (hashes.Length < n || starts.Length < room || ends.Length < room || ids.Length < room)
        {
            throw new ArgumentException("an output buffer is too short for the text");
        }

        ref int s = ref MemoryMarshal.GetReference(starts);
        ref int e = ref MemoryMarshal.GetReference(ends);
        int words = 0;
        int closed = 0;
        ulong previous = 0;
        for (int block = 0; block < n; block += 64)
        {
            ulong w = Mask(text, block);
            ulong carried = (w << 1) | previous;
            previous = w >> 63;
            words = Flatten(ref s, words, w & ~carried, offset + block);
            closed = Flatten(ref e, closed, ~w & carried, offset + block);
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
            int stretch = StretchOf(n);
            for (int boundary = stretch; boundary < n; boundary += stretch)
            {
                if (IsWordChar(text[boundary - 1]) && IsWordChar(text[boundary]))
                {
                    // the word holding the boundary: the last one to start before it (none starts at it)
                    int word = ~starts[..words].BinarySearch(offset + boundary) - 1;
                    ids[word] = WordHash.Of(text[(starts[word] - offset)..(ends[word] - offset)]);
                }
            }
        }

        return words;
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
