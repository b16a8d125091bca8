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

    /// <summary>The id of the pair "first second".</summary>
    public static ulong Pair(ulong first, ulong second) =>
        Mix((first * 0x9E3779B97F4A7C15UL) ^ System.Numerics.BitOperations.RotateLeft(second, 29) ^ 0xD6E8FEB86659FD93UL);

    /// <summary>The id of a feature name: one word, or two words joined by a space.</summary>
    public static ulong OfName(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        return space < 0 ? Of(name) : Pair(Of(name[..space]), Of(name[(space + 1)..]));
    }

    // The finaliser of SplitMix64: spreads every input bit over the output.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
