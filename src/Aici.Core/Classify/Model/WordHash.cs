using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Aici.Core.Classify.Model;

/// <summary>
/// The 64-bit ids of words and word pairs that model features and phrase rules are keyed by: FNV-1a over the UTF-16
/// code units (one step per code unit) of the lower-case folded word, and for a pair a mix of its two word ids. Fixed arithmetic, so the same
/// word has the same id on every machine and in every run; a model file records the scheme's name.
/// </summary>
public static class WordHash
{
    /// <summary>The name of this hashing scheme, as a model file records it.</summary>
    public const string Scheme = "fnv1a64-char/pair-mix-v1";

    /// <summary>FNV-1a's offset basis.</summary>
    internal const ulong Offset = 14695981039346656037UL;

    /// <summary>FNV-1a's prime.</summary>
    internal const ulong Prime = 1099511628211UL;

    /// <summary>The id of a word given in lower case.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong h = Offset;
        foreach (char c in word)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    private const ulong PairFirst = 0x9E3779B97F4A7C15UL;
    private const ulong PairSalt = 0xD6E8FEB86659FD93UL;
    private const ulong Mix1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Mix2 = 0x94D049BB133111EBUL;

    /// <summary>The id of the pair "first second".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pair(ulong first, ulong second) =>
        Mix((first * PairFirst) ^ System.Numerics.BitOperations.RotateLeft(second, 29) ^ PairSalt);

    /// <summary>
    /// The id of each pair of adjacent <paramref name="ids"/>: <c>into[i] = Pair(ids[i], ids[i + 1])</c> for every i
    /// below <c>ids.Length - 1</c>, eight (or four) pairs at a time where the machine multiplies 64-bit lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Pairs(ReadOnlySpan<ulong> ids, Span<ulong> into)
    {
        int count = ids.Length - 1;
        if (count <= 0)
        {
            return;
        }

        if (into.Length < count)
        {
            throw new ArgumentException("no room for every pair", nameof(into));
        }

        int i = 0;
        if (Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512DQ.IsSupported)
        {
            for (; i + Vector512<ulong>.Count <= count; i += Vector512<ulong>.Count)
            {
                Vector512<ulong> first = Vector512.Create(ids.Slice(i, Vector512<ulong>.Count));
                Vector512<ulong> second = Vector512.Create(ids.Slice(i + 1, Vector512<ulong>.Count));
                Vector512<ulong> z = (first * PairFirst) ^ ((second << 29) | (second >>> 35)) ^ Vector512.Create(PairSalt);
                z = (z ^ (z >>> 30)) * Mix1;
                z = (z ^ (z >>> 27)) * Mix2;
                (z ^ (z >>> 31)).CopyTo(into.Slice(i, Vector512<ulong>.Count));
            }
        }
        else if (Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512DQ.VL.IsSupported)
        {
            for (; i + Vector256<ulong>.Count <= count; i += Vector256<ulong>.Count)
            {
                Vector256<ulong> first = Vector256.Create(ids.Slice(i, Vector256<ulong>.Count));
                Vector256<ulong> second = Vector256.Create(ids.Slice(i + 1, Vector256<ulong>.Count));
                Vector256<ulong> z = (first * PairFirst) ^ ((second << 29) | (second >>> 35)) ^ Vector256.Create(PairSalt);
                z = (z ^ (z >>> 30)) * Mix1;
                z = (z ^ (z >>> 27)) * Mix2;
                (z ^ (z >>> 31)).CopyTo(into.Slice(i, Vector256<ulong>.Count));
            }
        }

        for (; i < count; i++)
        {
            into[i] = Pair(ids[i], ids[i + 1]);
        }
    }

    /// <summary>The id of a feature name: one word, or two words joined by a space.</summary>
    public static ulong OfName(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        return space < 0 ? Of(name) : Pair(Of(name[..space]), Of(name[(space + 1)..]));
    }

    // The finaliser of SplitMix64: spreads every input bit over the output.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * Mix1;
        z = (z ^ (z >> 27)) * Mix2;
        return z ^ (z >> 31);
    }
}
