using System.Globalization;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// Nesta's 2020 definition of AI papers ("vocabulary"): a paper in a core category (cs.AI, cs.NE, cs.LG, stat.ML)
/// is AI; any other paper is AI when, for at least one core category, it holds more distinct terms of that category's
/// expanded vocabulary than the category's threshold. A paper without categories (text-only) is judged like a paper
/// outside the core categories, so it passes when it passes the most permissive of the four tests.
/// The text counted is the abstract, as in 2020; a paper without an abstract is judged on its title.
/// Evidence: the core categories, the matched terms (words joined by spaces), each category's count against its
/// threshold as a feature (value count − threshold), and the score max(count ÷ (threshold + 1)): 1 or more passes.
/// Pure and thread-safe.
/// </summary>
public sealed class VocabularyDefinition : IQuickAiDefinition
{
    private readonly VocabularyList _list;
    private readonly HashSet<string> _core;
    private readonly (string[][] Terms, int Threshold)[] _bounds;
    private readonly string[] _words;

    public VocabularyDefinition(VocabularyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Categories.Count == 0)
        {
            throw new ArgumentException("the vocabulary has no categories", nameof(list));
        }

        _list = list;
        _core = new HashSet<string>(list.Categories.Select(c => c.Category), StringComparer.OrdinalIgnoreCase);
        _bounds = [.. list.Categories.Select(c => (
            c.Terms.Select(t => t.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            c.Threshold))];
        _words = [.. _bounds.SelectMany(b => b.Terms).SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public string Name => "vocabulary";

    public string Version => "vocabulary " + _list.Version;

    /// <summary>
    /// As <see cref="Decide"/>, but most papers outside the core categories are turned down without preparing their
    /// text. A term is counted only when each of its words is a token (or a hyphen-joined part of one) of the text, so
    /// each of its words occurs in the folded text between characters that are not letters or digits; a category's
    /// count therefore cannot exceed the number of its terms whose words all occur so. When that bound is at most the
    /// threshold for every category, the paper cannot pass.
    /// </summary>
    public bool IsAi(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        foreach (string category in paper.Categories)
        {
            if (_core.Contains(category))
            {
                return true;
            }
        }

        string text = BoundText(Counted(paper));
        Span<bool> present = _words.Length <= 256 ? stackalloc bool[_words.Length] : new bool[_words.Length];
        bool any = false;
        for (int w = 0; w < _words.Length; w++)
        {
            present[w] = Occurs(text, _words[w]);
            any |= present[w];
        }

        if (!any)
        {
            return false;
        }

        foreach ((string[][] terms, int threshold) in _bounds)
        {
            int possible = 0;
            foreach (string[] term in terms)
            {
                bool all = true;
                foreach (string word in term)
                {
                    all &= present[Array.BinarySearch(_words, word, StringComparer.Ordinal)];
                }

                if (all && ++possible > threshold)
                {
                    return Decide(paper).IsAi;
                }
            }
        }

        return false;
    }

    public AiDecision Decide(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        List<string> core = [.. paper.Categories.Where(_core.Contains)];
        IReadOnlyList<string> tokens = _list.Phrases.Prepare(Counted(paper));

        var terms = new SortedSet<string>(StringComparer.Ordinal);
        var features = new List<KeyValuePair<string, double>>(_list.Categories.Count);
        double score = 0;
        bool passes = false;
        foreach (CategoryVocabulary vocabulary in _list.Categories)
        {
            List<string> matches = vocabulary.Matches(tokens);
            terms.UnionWith(matches);
            int count = matches.Count;
            passes |= count > vocabulary.Threshold;
            score = Math.Max(score, count / (double)(vocabulary.Threshold + 1));
            features.Add(KeyValuePair.Create(
                string.Create(CultureInfo.InvariantCulture, $"{vocabulary.Category} {count} terms, threshold {vocabulary.Threshold}"),
                (double)(count - vocabulary.Threshold)));
        }

        var evidence = new Evidence(core, [.. terms.Select(t => t.Replace('_', ' '))])
        {
            Features = [.. features.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal)],
            Score = score,
        };
        return new AiDecision(core.Count > 0 || passes, score, evidence);
    }

    /// <summary>The text whose terms are counted: the abstract, or the title when there is none.</summary>
    private static string Counted(PaperText paper) => string.IsNullOrWhiteSpace(paper.Abstract) ? paper.Title : paper.Abstract;

    /// <summary>
    /// The text the bound counts in, lower case: as written when folding cannot change its words (plain ASCII without
    /// LaTeX escapes, braces or dollar signs), else folded as <see cref="TextPreparation"/> does.
    /// </summary>
    private static string BoundText(string text) =>
        text.AsSpan().ContainsAnyInRange((char)0x7F, char.MaxValue) || text.AsSpan().ContainsAny("\\{}$")
            ? Text.MatchText.Fold(text).ToLowerInvariant()
            : text.ToLowerInvariant();

    /// <summary>Whether <paramref name="word"/> (lower case) occurs in the lower-case <paramref name="text"/> between non-alphanumerics.</summary>
    private static bool Occurs(string text, string word)
    {
        int from = 0;
        while (from <= text.Length - word.Length)
        {
            int at = text.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
