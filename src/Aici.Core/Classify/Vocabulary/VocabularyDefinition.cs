using System.Globalization;
using Aici.Core.Classify.Definitions;

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
    private readonly VocabularyCounter _counter;
    private readonly VocabularyBound _bound;

    public VocabularyDefinition(VocabularyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Categories.Count == 0)
        {
            throw new ArgumentException("the vocabulary has no categories", nameof(list));
        }

        _list = list;
        _core = new HashSet<string>(list.Categories.Select(c => c.Category), StringComparer.OrdinalIgnoreCase);
        _counter = new VocabularyCounter(list);
        _bound = new VocabularyBound(list);
    }

    public string Name => "vocabulary";

    public string Version => "vocabulary " + _list.Version;

    /// <summary>
    /// As <see cref="Decide"/>, without evidence: the terms are counted by a <see cref="VocabularyCounter"/>, which
    /// builds no string per token.
    /// </summary>
    public bool IsAi(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return InCore(paper.Categories) || _counter.Passes(Counted(paper));
    }

    /// <summary>
    /// As <see cref="IsAi(PaperText)"/>, over a paper already loaded for the built-in definitions: most papers are turned
    /// down by a <see cref="VocabularyBound"/> over the words the analysis already holds, before any term is counted.
    /// </summary>
    public bool IsAi(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return InCore(paper.Categories) || (_bound.MayPass(paper.Words, paper.HasAbstractText ? 1 : 0) && _counter.Passes(paper.HasAbstractText ? paper.Abstract : paper.Title));
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

    /// <summary>Whether one of <paramref name="categories"/> is a core category (then the paper is AI).</summary>
    private bool InCore(IReadOnlyList<string> categories)
    {
        foreach (string category in categories)
        {
            if (_core.Contains(category))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text whose terms are counted: the abstract, or the title when there is none.</summary>
    private static string Counted(PaperText paper) => string.IsNullOrWhiteSpace(paper.Abstract) ? paper.Title : paper.Abstract;
}
