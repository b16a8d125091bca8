using Aici.Core.Classify.Model;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// A cheap test that most papers cannot pass the vocabulary, read from the words a <see cref="WordList"/> already holds.
/// A term counts only when each of its words ("neural", "network" for "neural_network") is a run of letters and digits
/// of the folded text, and a <see cref="WordList"/> holds every such run of the title and abstract with its
/// <see cref="WordHash"/> id; so a category's count cannot exceed the number of its terms whose word ids all occur. When
/// that number is at most the threshold for every category, the paper cannot pass (hash collisions only loosen the
/// bound). Immutable and thread-safe.
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
    private readonly int[] _thresholds;

    public VocabularyBound(VocabularyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        string[][] terms = [.. list.Categories.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(t => t.Split('_', StringSplitOptions.RemoveEmptyEntries))];
        string[] words = [.. terms.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

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

        _terms = [.. terms.Select(t => (
            Usable ? t.Aggregate(0UL, (mask, w) => mask | (1UL << Array.BinarySearch(words, w, StringComparer.Ordinal))) : 0UL,
            Enumerable.Range(0, list.Categories.Count)
                .Where(c => list.Categories[c].Terms.Contains(string.Join('_', t), StringComparer.Ordinal))
                .Aggregate(0, (mask, c) => mask | (1 << c))))];
        _thresholds = [.. list.Categories.Select(c => c.Threshold)];
    }

    /// <summary>False when the vocabulary has words this test cannot see (then <see cref="MayPass"/> always says true).</summary>
    public bool Usable { get; }

    /// <summary>False when no category can count more terms than its threshold in a paper of these words.</summary>
    public bool MayPass(WordList words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!Usable)
        {
            return true;
        }

        ulong present = 0;
        int mask = _slots.Length - 1;
        ulong[] filter = _filter;
        foreach (ulong id in words.Ids)
        {
            // most words are none of the terms' words: a 512-byte bit set turns them away before the table
            int bit = FilterBit(id);
            if ((filter[bit >> 6] & (1UL << bit)) == 0)
            {
                continue;
            }

            for (int slot = Slot(id); _bits[slot] >= 0; slot = (slot + 1) & mask)
            {
                if (_slots[slot] == id)
                {
                    present |= 1UL << _bits[slot];
                    break;
                }
            }
        }

        if (present == 0)
        {
            return false;
        }

        Span<int> possible = stackalloc int[_thresholds.Length];
        foreach ((ulong term, int categories) in _terms)
        {
            if ((term & present) != term)
            {
                continue;
            }

            for (int c = 0, m = categories; m != 0; m >>= 1, c++)
            {
                if ((m & 1) != 0 && ++possible[c] > _thresholds[c])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Slot(ulong id) => (int)((id * 0x9E3779B97F4A7C15UL) >> 56);

    private static int FilterBit(ulong id) => (int)((id * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));
}
