using Aici.Core.Classify.Model;
using Aici.Core.Taxonomy;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The taxonomy rules of <see cref="PaperClassifier"/> (a listed arXiv category, or at least min_phrases distinct
/// phrases outside the label's exclusions, mentioned at least min_mentions times), compiled for speed: phrases are
/// matched over the <see cref="WordList"/> word ids of a paper, categories through a span lookup, and nothing is
/// allocated per word. It labels every paper as
/// <see cref="PaperClassifier"/> does, with the same evidence (the tests check this on real records).
/// Immutable, so one instance serves every worker.
/// </summary>
public sealed class PhraseRules
{
    private readonly LabelDefinition[] _labels;
    private readonly Owner[] _owners;
    private readonly bool[] _hasExclusions;
    private readonly PhraseTrie _trie;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _categoryLookup;
    private readonly Dictionary<string, int[]> _categoryLabels;

    public PhraseRules(IEnumerable<LabelDefinition> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = [.. labels];
        var duplicate = _labels.GroupBy(l => l.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"label '{duplicate.Key}' is defined twice", nameof(labels));
        }

        var phrases = new List<string>();
        var owners = new List<Owner>();
        _hasExclusions = new bool[_labels.Length];
        var categories = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int l = 0; l < _labels.Length; l++)
        {
            foreach (string phrase in _labels[l].Phrases)
            {
                phrases.Add(phrase);
                owners.Add(new Owner(l, phrase, Excludes: false));
            }

            foreach (string phrase in _labels[l].Exclude)
            {
                phrases.Add(phrase);
                owners.Add(new Owner(l, phrase, Excludes: true));
                _hasExclusions[l] = true;
            }

            foreach (string category in _labels[l].Categories)
            {
                if (!categories.TryGetValue(category, out List<int>? list))
                {
                    categories.Add(category, list = []);
                }

                if (!list.Contains(l))
                {
                    list.Add(l);
                }
            }
        }

        _owners = [.. owners];
        CountsMentions = _labels.Any(l => l.MinMentions > 1);
        _trie = new PhraseTrie(phrases);
        _categoryLabels = categories.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _categoryLookup = _categoryLabels.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<LabelDefinition> Labels => _labels;

    internal int PhraseCount => _owners.Length;

    /// <summary>Whether some label needs more than one mention of its phrases.</summary>
    internal bool CountsMentions { get; }

    /// <summary>The index of label <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (int l = 0; l < _labels.Length; l++)
        {
            if (string.Equals(_labels[l].Name, name, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>Matches the words and categories of one paper into <paramref name="matches"/>.</summary>
    public void Match(WordList words, IReadOnlyList<string> categories, RuleMatches matches)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Begin(words, matches);
        foreach (string category in categories)
        {
            AddCategory(category, matches);
        }
    }

    /// <summary>Matches the words of one paper; categories follow through <see cref="AddCategory"/>.</summary>
    public void Begin(WordList words, RuleMatches matches)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(matches);
        matches.Reset(this);
        _trie.Match(words, matches);
        matches.Count(words.Segment(0).End);
    }

    /// <summary>Adds one of the paper's categories (any case) to <paramref name="matches"/>.</summary>
    public void AddCategory(ReadOnlySpan<char> category, RuleMatches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (_categoryLookup.TryGetValue(category, out string? name, out int[]? labels))
        {
            AddCategory(category.SequenceEqual(name) ? name : category.ToString(), labels, matches);
        }
    }

    /// <summary>The labels that list <paramref name="category"/> (any case), or null.</summary>
    internal int[]? LabelsOf(ReadOnlySpan<char> category) => _categoryLookup.TryGetValue(category, out _, out int[]? labels) ? labels : null;

    /// <summary>
    /// <see cref="AddCategory(ReadOnlySpan{char}, RuleMatches)"/> for a category whose labels (<see cref="LabelsOf"/>)
    /// the caller looked up once for many papers.
    /// </summary>
    internal static void AddCategory(string category, int[] labels, RuleMatches matches)
    {
        foreach (int l in labels)
        {
            if (!Listed(matches.Categories(l), category))
            {
                matches.AddCategory(l, category);
            }
        }
    }

    private static bool Listed(IReadOnlyList<string> categories, string name)
    {
        for (int i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal Owner OwnerOf(int phrase) => _owners[phrase];

    internal bool HasExclusions(int label) => _hasExclusions[label];

    internal readonly record struct Owner(int Label, string Phrase, bool Excludes);
}
