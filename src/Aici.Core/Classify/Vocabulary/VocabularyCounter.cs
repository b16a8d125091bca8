using System.Buffers;
using Aici.Core.Classify.Model;
using Aici.Core.Text;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// Counts each category's distinct vocabulary terms in a text exactly as <see cref="PhraseModel.Prepare"/> followed by
/// <see cref="CategoryVocabulary.Count"/> would, without building a string per token: tokens are cut and filtered as
/// <see cref="TextPreparation"/> cuts them, looked up as spans among the strings the phrase passes and the terms can
/// use (any other kept token becomes one opaque token, which no pass joins and no term matches), and the passes join
/// token numbers in place. Used for the sensitivity table, where every paper outside the core categories is judged.
/// Immutable and thread-safe.
/// </summary>
public sealed class VocabularyCounter
{
    /// <summary>A kept token that no pass joins and no term matches.</summary>
    private const int Opaque = -1;

    /// <summary>A stop word: dropped, as if it were not in the text.</summary>
    private const int Dropped = -2;

    private const int StackTokens = 512;

    // ASCII character classes: 0 separator, 1 lower-case letter, 2 upper-case letter, 3 digit
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    private readonly TokenTable _table;
    private readonly Dictionary<long, int>[] _passes;
    private readonly bool[][] _starts;
    private readonly int[] _termOf;
    private readonly int[] _categoriesOfTerm;
    private readonly int[] _thresholds;
    private readonly int _longestWord;

    public VocabularyCounter(VocabularyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Categories.Count > 31)
        {
            throw new ArgumentException($"at most 31 categories can be counted (got {list.Categories.Count})", nameof(list));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);

        // Every string a pass reads or writes and every term gets a number; a joined pair whose string nothing
        // reads later stays opaque.
        var terms = new HashSet<string>(list.Categories.SelectMany(c => c.Terms), StringComparer.Ordinal);
        var read = new HashSet<string>(terms, StringComparer.Ordinal);
        foreach (PhrasePass pass in list.Phrases.Passes)
        {
            foreach (var ((first, second), _) in pass.Pairs)
            {
                read.Add(first);
                read.Add(second);
            }
        }

        foreach (string s in read.Order(StringComparer.Ordinal))
        {
            ids.Add(s, ids.Count);
        }

        _passes = [.. list.Phrases.Passes.Select(pass => pass.Pairs.ToDictionary(
            p => Key(ids[p.Key.First], ids[p.Key.Second]),
            p => ids.GetValueOrDefault(p.Key.First + "_" + p.Key.Second, Opaque)))];
        _termOf = new int[ids.Count];
        Array.Fill(_termOf, Opaque);
        string[] ordered = [.. terms.Order(StringComparer.Ordinal)];
        _categoriesOfTerm = new int[ordered.Length];
        for (int t = 0; t < ordered.Length; t++)
        {
            _termOf[ids[ordered[t]]] = t;
            for (int c = 0; c < list.Categories.Count; c++)
            {
                if (list.Categories[c].Terms.Contains(ordered[t], StringComparer.Ordinal))
                {
                    _categoriesOfTerm[t] |= 1 << c;
                }
            }
        }

        _starts = [.. list.Phrases.Passes.Select(pass =>
        {
            bool[] starts = new bool[ids.Count];
            foreach (var ((first, _), _) in pass.Pairs)
            {
                starts[ids[first]] = true;
            }

            return starts;
        })];
        _thresholds = [.. list.Categories.Select(c => c.Threshold)];

        // a raw token is a stop word (dropped), a string some pass or term reads, or opaque
        var entries = new Dictionary<string, int>(ids, StringComparer.Ordinal);
        foreach (string stop in StopWords.All)
        {
            entries[stop] = Dropped;
        }

        _table = new TokenTable(entries);
        _longestWord = entries.Keys.Max(k => k.Length);
    }

    /// <summary>The number of categories, the length <see cref="Count"/> needs.</summary>
    public int Categories => _thresholds.Length;

    /// <summary>Whether some category's count of distinct terms in <paramref name="text"/> exceeds its threshold.</summary>
    public bool Passes(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[_thresholds.Length];
        Count(text, counts);
        for (int c = 0; c < counts.Length; c++)
        {
            if (counts[c] > _thresholds[c])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes each category's number of distinct terms in <paramref name="text"/> to <paramref name="counts"/>, in list order.</summary>
    public void Count(ReadOnlySpan<char> text, Span<int> counts)
    {
        if (counts.Length < _thresholds.Length)
        {
            throw new ArgumentException($"room for {_thresholds.Length} counts needed", nameof(counts));
        }

        counts.Clear();
        if (Plain(text))
        {
            CountPrepared(text, counts);
        }
        else
        {
            // folded as MatchText.Fold folds words (white space is not collapsed: it only separates tokens)
            char[] folded = ArrayPool<char>.Shared.Rent((text.Length * 2) + 1);
            try
            {
                CountPrepared(folded.AsSpan(0, WordFold.Fold(text, folded)), counts);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(folded);
            }
        }
    }

    private void CountPrepared(ReadOnlySpan<char> folded, Span<int> counts)
    {
        // kept tokens are at least three characters with a separator after each
        int most = (folded.Length / 4) + 2;
        int[]? rented = most > StackTokens ? ArrayPool<int>.Shared.Rent(most) : null;
        Span<int> tokens = rented ?? stackalloc int[StackTokens];
        try
        {
            int n = Tokenise(folded, tokens);
            for (int p = 0; p < _passes.Length; p++)
            {
                n = Join(_passes[p], _starts[p], tokens[..n]);
            }

            Span<bool> seen = stackalloc bool[_categoriesOfTerm.Length];
            foreach (int id in tokens[..n])
            {
                if (id != Opaque && _termOf[id] is int term and >= 0 && !seen[term])
                {
                    seen[term] = true;
                    for (int mask = _categoriesOfTerm[term], c = 0; mask != 0; mask >>= 1, c++)
                    {
                        counts[c] += mask & 1;
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The kept tokens' numbers (a run of opaque tokens as one), as <see cref="TextPreparation.Tokens"/> cuts and filters them.</summary>
    private int Tokenise(ReadOnlySpan<char> s, Span<int> tokens)
    {
        Span<char> word = stackalloc char[_longestWord + 1];
        byte[] classes = AsciiClass;
        int n = 0;
        int i = 0;
        while (i < s.Length)
        {
            if (!IsLetterOrDigit(s[i], classes))
            {
                i++;
                continue;
            }

            int length = 0;
            uint hash = TokenTable.Seed;
            bool digit = false, asciiLetter = false;
            while (i < s.Length)
            {
                char c = s[i];
                if (c < 128)
                {
                    switch (classes[c])
                    {
                        case 1:
                            asciiLetter = true;
                            break;
                        case 2:
                            c = (char)(c | 0x20);
                            asciiLetter = true;
                            break;
                        case 3:
                            digit = true;
                            break;
                        default:
                            if (c == '-' && length > 0 && i + 1 < s.Length && IsLetterOrDigit(s[i + 1], classes))
                            {
                                c = '_';
                                break;
                            }

                            goto End;
                    }
                }
                else if (char.IsLetterOrDigit(c))
                {
                    c = char.ToLowerInvariant(c);
                    digit |= char.IsDigit(c);
                }
                else
                {
                    break;
                }

                if (length < word.Length)
                {
                    word[length] = c;
                }

                hash = TokenTable.Step(hash, c);
                length++;
                i++;
            }

        End:
            if (length <= 2 || digit || !asciiLetter)
            {
                continue;
            }

            int id = length < word.Length ? _table.Find(word[..length], hash, Opaque) : Opaque;
            if (id == Dropped)
            {
                continue;
            }

            if (id != Opaque || n == 0 || tokens[n - 1] != Opaque)
            {
                tokens[n++] = id;
            }
        }

        return n;
    }

    private static bool IsLetterOrDigit(char c, byte[] classes) => c < 128 ? classes[c] != 0 : char.IsLetterOrDigit(c);

    private static byte[] BuildAsciiClass()
    {
        byte[] classes = new byte[128];
        for (char c = 'a'; c <= 'z'; c++)
        {
            classes[c] = 1;
            classes[c - 32] = 2;
        }

        for (char c = '0'; c <= '9'; c++)
        {
            classes[c] = 3;
        }

        return classes;
    }

    /// <summary>One phrase pass over the tokens in place, as <see cref="PhrasePass.Apply"/>; returns the new length.</summary>
    private static int Join(Dictionary<long, int> pairs, bool[] starts, Span<int> tokens)
    {
        int o = 0;
        int last = 0;
        bool holding = false;
        foreach (int token in tokens)
        {
            if (!holding)
            {
                last = token;
                holding = true;
                continue;
            }

            if (last != Opaque && token != Opaque && starts[last] && pairs.TryGetValue(Key(last, token), out int joined))
            {
                tokens[o++] = joined;
                holding = false;
            }
            else
            {
                tokens[o++] = last;
                last = token;
            }
        }

        if (holding)
        {
            tokens[o++] = last;
        }

        return o;
    }

    private static long Key(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>
    /// Whether folding cannot change the text's tokens: ASCII without LaTeX escapes, braces or dollar signs. Folding
    /// such a text only turns whitespace and '~' into single spaces, and every one of those separates tokens already.
    /// </summary>
    private static bool Plain(ReadOnlySpan<char> text) =>
        !text.ContainsAnyInRange('\u0080', char.MaxValue) && !text.ContainsAny(FoldedChars);

    private static readonly SearchValues<char> FoldedChars = SearchValues.Create("\\{}$");
}
