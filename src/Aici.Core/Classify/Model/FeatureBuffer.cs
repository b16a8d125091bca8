using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Fills the buffer with the features of <paramref name="words"/> (kept for naming them): every word first, in
    /// order, then the pairs of adjacent words of each segment, in order. (A paper's features are a bag: the order of
    /// occurrences changes no score and no explanation.)
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Fill(WordList words, FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(settings);
        _source = words;
        int n = words.Count;
        int needed = n * 2;
        if (_ids.Length < needed)
        {
            _ids = new ulong[needed];
            _counts = new int[needed];
            _words = new int[needed];
        }

        ReadOnlySpan<ulong> ids = words.Ids;
        ReadOnlySpan<bool> starts = words.SegmentStarts;

        // the title is the first segment: its words (and pairs) count settings.TitleWeight times
        int titleEnd = n > 1 ? starts[1..].IndexOf(true) : -1;
        titleEnd = titleEnd < 0 ? n : titleEnd + 1;

        ids.CopyTo(_ids);
        Sequence(_words.AsSpan(0, n), 0, 1);

        int total = n;
        if (settings.Bigrams)
        {
            // the pairs of each segment: words [s, e) give pairs s .. e - 2, stored after the words
            int count = n;
            int s = 0;
            while (s < n)
            {
                int next = starts[(s + 1)..].IndexOf(true);
                int e = next < 0 ? n : s + 1 + next;
                if (e - s > 1)
                {
                    WordHash.Pairs(ids[s..e], _ids.AsSpan(count, e - s - 1));
                    Sequence(_words.AsSpan(count, e - s - 1), -s - 1, -1);
                    count += e - s - 1;
                }

                s = e;
            }

            total = count;
        }

        Count = total;
        Span<int> counts = _counts.AsSpan(0, total);
        counts.Fill(1);
        int weight = settings.TitleWeight;
        int inTitle = 0;
        if (weight != 1)
        {
            // title occurrences: its words, and the pairs that start at one of its words
            counts[..titleEnd].Fill(weight);
            inTitle = titleEnd;
            ReadOnlySpan<int> occurrenceAt = _words.AsSpan(n, total - n);
            for (int i = 0; i < occurrenceAt.Length; i++)
            {
                if (-occurrenceAt[i] - 1 < titleEnd)
                {
                    counts[n + i] = weight;
                    inTitle++;
                }
            }
        }

        TotalWeight = total + (inTitle * (weight - 1));
    }

    // into[i] = first + i * step
    private static void Sequence(Span<int> into, int first, int step)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<int> values = (Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7) * step) + Vector256.Create(first);
            Vector256<int> stride = Vector256.Create(step * Vector256<int>.Count);
            for (; i + Vector256<int>.Count <= into.Length; i += Vector256<int>.Count)
            {
                values.CopyTo(into[i..]);
                values += stride;
            }
        }

        for (; i < into.Length; i++)
        {
            into[i] = first + (i * step);
        }
    }
}
