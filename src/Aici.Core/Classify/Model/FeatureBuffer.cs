namespace Aici.Core.Classify.Model;

/// <summary>
/// The feature occurrences of one paper under some <see cref="FeatureSettings"/>: each word, and each pair of adjacent
/// words of one segment, with its id, its count (title occurrences may count more) and the word it starts at.
/// A reusable scratch buffer, one per worker.
/// </summary>
public sealed class FeatureBuffer
{
    private ulong[] _ids = new ulong[1024];
    private int[] _counts = new int[1024];
    private int[] _words = new int[1024];

    private WordList? _source;

    public int Count { get; private set; }

    /// <summary>The sum of the counts: the n of the count/sqrt(n) scaling.</summary>
    public int TotalWeight { get; private set; }

    public ReadOnlySpan<ulong> Ids => _ids.AsSpan(0, Count);

    /// <summary>The count of each occurrence: 1, or the title weight for a title occurrence.</summary>
    public ReadOnlySpan<int> Counts => _counts.AsSpan(0, Count);

    /// <summary>The word each occurrence starts at; a pair is stored as -(first word) - 1.</summary>
    public ReadOnlySpan<int> Words => _words.AsSpan(0, Count);

    /// <summary>The name of occurrence <paramref name="index"/>: the word, or the two words joined by a space.</summary>
    public static string Name(WordList words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        return start >= 0
            ? new string(words.Word(start))
            : string.Concat(words.Word(-start - 1), " ", words.Word(-start));
    }

    /// <summary>The name of occurrence <paramref name="occurrence"/>: its word, or its two words joined by a space.</summary>
    public string NameOf(int occurrence) => Name(_source ?? throw new InvalidOperationException("nothing filled yet"), _words[occurrence]);

    /// <summary>
    /// <see cref="string.CompareOrdinal(string, string)"/> of the names of two occurrences (its sign), without making them.
    /// </summary>
    public int CompareNames(int first, int second)
    {
        WordList words = _source ?? throw new InvalidOperationException("nothing filled yet");
        int a = _words[first];
        int b = _words[second];
        ReadOnlySpan<char> a1 = words.Word(a >= 0 ? a : -a - 1), a2 = a >= 0 ? default : words.Word(-a);
        ReadOnlySpan<char> b1 = words.Word(b >= 0 ? b : -b - 1), b2 = b >= 0 ? default : words.Word(-b);

        // a pair's name is its first word, a space, its second word: compare the three parts in turn
        int aLength = a1.Length + (a >= 0 ? 0 : 1 + a2.Length);
        int bLength = b1.Length + (b >= 0 ? 0 : 1 + b2.Length);
        for (int i = 0; i < Math.Min(aLength, bLength); i++)
        {
            int diff = At(a1, a2, i) - At(b1, b2, i);
            if (diff != 0)
            {
                return diff;
            }
        }

        return aLength - bLength;
    }

    private static char At(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int i) =>
        i < first.Length ? first[i] : i == first.Length ? ' ' : second[i - first.Length - 1];

    /// <summary>Fills the buffer with the features of <paramref name="words"/> (kept for naming them).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Fill(WordList words, FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(settings);
        _source = words;
        int needed = words.Count * 2;
        if (_ids.Length < needed)
        {
            _ids = new ulong[needed];
            _counts = new int[needed];
            _words = new int[needed];
        }

        ReadOnlySpan<ulong> ids = words.Ids;
        ReadOnlySpan<bool> starts = words.SegmentStarts;
        Span<ulong> into = _ids;
        Span<int> counts = _counts;
        Span<int> at = _words;
        bool pairs = settings.Bigrams;
        int n = 0;
        int total = 0;
        bool inTitle = true;
        for (int w = 0; w < ids.Length; w++)
        {
            if (w > 0 && starts[w])
            {
                inTitle = false;
            }

            int weight = inTitle ? settings.TitleWeight : 1;
            into[n] = ids[w];
            counts[n] = weight;
            at[n++] = w;
            total += weight;
            if (pairs && w + 1 < ids.Length && !starts[w + 1])
            {
                into[n] = WordHash.Pair(ids[w], ids[w + 1]);
                counts[n] = weight;
                at[n++] = -w - 1;
                total += weight;
            }
        }

        Count = n;
        TotalWeight = total;
    }
}
