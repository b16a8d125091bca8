using Aici.Core.Classify.Model;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// A cheap test that most papers cannot pass the vocabulary, read from the words a <see cref="WordList"/> already holds
/// (the segment whose text is counted: the abstract, or the title when there is none). A term counts only when each of
/// its words ("neural", "network" for "neural_network") is a run of letters and digits of the folded text, and a
/// <see cref="WordList"/> holds every such run with its <see cref="WordHash"/> id; so a category's count cannot exceed
/// the number of its terms whose words all occur. When that number is at most the threshold for every category, the
/// paper cannot pass (hash collisions only loosen the bound).
/// <para>
/// The few papers that get past that are looked at once more, word by word, still never turning down one the count
/// would pass: a term of several words needs them in order, with nothing between them but words the count drops (stop
/// words, words of one or two characters, words with a digit or without an ASCII letter) or words that may be glued to
/// a neighbour by a hyphen; a one-word term needs an occurrence that the first phrase pass cannot have taken: not glued
/// to a neighbour by a hyphen, nor followed at once by a word it pairs with. Without this second look, nine in ten
/// papers let through were then turned down by the count, which reads the text again.
/// </para>
/// Immutable and thread-safe.
/// </summary>
public sealed class VocabularyBound
{
    private const int MaxWords = 64;

    /// <summary>The bits of the filter of the terms' words: a word id's top bits after a multiply pick one.</summary>
    private const int FilterBits = 12;

    private readonly ulong[] _slots;
    private readonly int[] _bits;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
    private readonly (ulong Mask, int Categories)[] _terms;
    private readonly int[][] _termWords;
    private readonly int[] _thresholds;

    // per word bit: the words a one-word term made of it pairs with in the first phrase pass (null: none)
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?[] _partners;

    public VocabularyBound(VocabularyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        string[] terms = [.. list.Categories.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        string[][] termWords = [.. terms.Select(t => t.Split('_', StringSplitOptions.RemoveEmptyEntries))];
        string[] words = [.. termWords.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        // The test holds only for words a WordList can hold whole: lower-case ASCII letters and digits.
        Usable = list.Categories.Count <= 31 && words.Length <= MaxWords
            && words.All(w => w.Length > 0 && w.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)));
        int size = 256;
        _slots = new ulong[size];
        _bits = new int[size];
        Array.Fill(_bits, -1);
        for (int b = 0; b < words.Length && Usable; b++)
        {
            ulong id = WordHash.Of(words[b]);
            int slot = Slot(id);
            while (_bits[slot] >= 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = id;
            _bits[slot] = b;
            int bit = FilterBit(id);
            _filter[bit >> 6] |= 1UL << bit;
        }

        int BitOf(string word) => Array.BinarySearch(words, word, StringComparer.Ordinal);
        _termWords = [.. termWords.Select(t => t.Select(BitOf).ToArray())];
        _terms = [.. termWords.Select((t, i) => (
            Usable ? t.Aggregate(0UL, (mask, w) => mask | (1UL << BitOf(w))) : 0UL,
            Enumerable.Range(0, list.Categories.Count)
                .Where(c => list.Categories[c].Terms.Contains(terms[i], StringComparer.Ordinal))
                .Aggregate(0, (mask, c) => mask | (1 << c))))];
        _thresholds = [.. list.Categories.Select(c => c.Threshold)];

        _partners = new HashSet<string>.AlternateLookup<ReadOnlySpan<char>>?[words.Length];
        if (list.Phrases.Passes.Count > 0 && Usable)
        {
            // a partner the count drops never stands next to the term's word in the first pass
            foreach (var group in list.Phrases.Passes[0].Pairs
                .Where(p => terms.Contains(p.Key.First, StringComparer.Ordinal) && BitOf(p.Key.First) >= 0 && TextPreparation.Keeps(p.Key.Second))
                .GroupBy(p => BitOf(p.Key.First)))
            {
                _partners[group.Key] = new HashSet<string>(group.Select(p => p.Key.Second), StringComparer.Ordinal)
                    .GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }
    }

    /// <summary>False when the vocabulary has words this test cannot see (then <see cref="MayPass"/> always says true).</summary>
    public bool Usable { get; }

    /// <summary>
    /// False when no category can count more terms than its threshold in segment <paramref name="segment"/> of
    /// <paramref name="words"/>, the segment whose text is counted (1, the abstract; 0, the title of a paper without one).
    /// </summary>
    public bool MayPass(WordList words, int segment)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!Usable)
        {
            return true;
        }

        (int start, int end) = words.Segment(segment);
        ReadOnlySpan<ulong> ids = words.Ids[start..end];
        ulong present = 0;
        foreach (ulong id in ids)
        {
            int bit = BitOf(id);
            if (bit >= 0)
            {
                present |= 1UL << bit;
            }
        }

        return present != 0 && Possible(present) && Placed(words, start, end, present);
    }

    // The word bit of a word id, or -1 for a word of no term.
    private int BitOf(ulong id)
    {
        // most words are none of the terms' words: a 512-byte bit set turns them away before the table
        int bit = FilterBit(id);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return -1;
        }

        int mask = _slots.Length - 1;
        for (int slot = Slot(id); _bits[slot] >= 0; slot = (slot + 1) & mask)
        {
            if (_slots[slot] == id)
            {
                return _bits[slot];
            }
        }

        return -1;
    }

    // The first test: the terms whose words all occur, per category, against the thresholds.
    private bool Possible(ulong present)
    {
        Span<int> possible = stackalloc int[_thresholds.Length];
        foreach ((ulong term, int categories) in _terms)
        {
            if ((term & present) == term && Exceeds(categories, possible))
            {
                return true;
            }
        }

        return false;
    }

    // The second: the terms whose words occur where the count can see them.
    private bool Placed(WordList words, int start, int end, ulong present)
    {
        int[] bitAt = System.Buffers.ArrayPool<int>.Shared.Rent(end - start);
        try
        {
            for (int i = start; i < end; i++)
            {
                bitAt[i - start] = BitOf(words.Id(i));
            }

            var segment = new CountedWords(words, start, end, bitAt);
            Span<int> possible = stackalloc int[_thresholds.Length];
            for (int t = 0; t < _termWords.Length; t++)
            {
                if (_termWords[t].Length > 0 && (_terms[t].Mask & present) == _terms[t].Mask && Occurs(segment, _termWords[t]) && Exceeds(_terms[t].Categories, possible))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(bitAt);
        }
    }

    private bool Exceeds(int categories, Span<int> possible)
    {
        for (int c = 0, m = categories; m != 0; m >>= 1, c++)
        {
            if ((m & 1) != 0 && ++possible[c] > _thresholds[c])
            {
                return true;
            }
        }

        return false;
    }

    // Whether the term of these word bits may be a token of the count: some occurrence of its first word from which
    // the rest follow.
    private bool Occurs(CountedWords segment, int[] termWords)
    {
        for (int i = segment.Start; i < segment.End; i++)
        {
            if (segment.BitAt(i) == termWords[0]
                && (termWords.Length == 1 ? !Taken(segment, i, termWords[0]) : Follows(segment, termWords, 1, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether term words k.. follow from word `from` on, each after nothing but words the count may drop or glue away.
    private static bool Follows(CountedWords segment, int[] termWords, int k, int from)
    {
        for (int j = from; j < segment.End; j++)
        {
            if (segment.BitAt(j) == termWords[k] && (k + 1 == termWords.Length || Follows(segment, termWords, k + 1, j + 1)))
            {
                return true;
            }

            if (!MayVanish(segment, j))
            {
                return false;
            }
        }

        return false;
    }

    // Whether word `index` may be no token of its own between two tokens of the count: a word the count drops, or one
    // that may be glued by a hyphen to a neighbour (then the glued token may be one it drops, "3d-printing").
    private static bool MayVanish(CountedWords segment, int index) =>
        !TextPreparation.Keeps(segment.Words.Word(index))
        || (index > segment.Start && segment.Words.JoinAfter(index - 1) != WordJoin.Other)
        || (index + 1 < segment.End && segment.Words.JoinAfter(index) != WordJoin.Other);

    // Whether the count surely has no token of the one-word term at word `index` after its first phrase pass: the
    // word is glued to a neighbour by a hyphen, or the next word is a token of its own that the pass pairs it with
    // (then either that pair is joined, or the word was already joined with the token before it).
    private bool Taken(CountedWords segment, int index, int bit)
    {
        WordList words = segment.Words;
        if ((index > segment.Start && words.JoinAfter(index - 1) == WordJoin.Hyphen)
            || (index + 1 < segment.End && words.JoinAfter(index) == WordJoin.Hyphen))
        {
            return true;
        }

        return _partners[bit] is { } partners
            && index + 1 < segment.End
            && words.JoinAfter(index) == WordJoin.Other
            && (index + 2 == segment.End || words.JoinAfter(index + 1) == WordJoin.Other)
            && partners.Contains(words.Word(index + 1));
    }

    /// <summary>The counted segment's words [Start, End) and each one's term-word bit (-1 for none), by local index.</summary>
    private readonly record struct CountedWords(WordList Words, int Start, int End, int[] Bits)
    {
        public int BitAt(int index) => Bits[index - Start];
    }

    private static int Slot(ulong id) => (int)((id * 0x9E3779B97F4A7C15UL) >> 56);

    private static int FilterBit(ulong id) => (int)((id * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));
}
