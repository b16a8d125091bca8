using Aici.Core.Domain;
using Aici.Core.Taxonomy;
using Aici.Core.Text;

namespace Aici.Core.Classify;

/// <summary>
/// Labels papers by the rules of a set of taxonomies: arXiv categories, or phrases in title and abstract.
/// Every label keeps its evidence. Thread-safe: one instance serves all workers.
/// </summary>
public sealed class PaperClassifier
{
    private readonly LabelDefinition[] _labels;
    private readonly HashSet<string>[] _categories;
    private readonly PhraseMatcher _matcher;
    private readonly PhraseOwner[] _owners;
    private readonly bool _countsMentions;

    public PaperClassifier(IEnumerable<Taxonomy.Taxonomy> taxonomies)
    {
        ArgumentNullException.ThrowIfNull(taxonomies);
        _labels = [.. taxonomies.SelectMany(t => t.Labels)];
        var duplicate = _labels.GroupBy(l => l.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"label '{duplicate.Key}' is defined twice", nameof(taxonomies));
        }

        _categories = [.. _labels.Select(l => new HashSet<string>(l.Categories, StringComparer.OrdinalIgnoreCase))];
        var phrases = new List<string>();
        var owners = new List<PhraseOwner>();
        for (int l = 0; l < _labels.Length; l++)
        {
            foreach (string phrase in _labels[l].Phrases)
            {
                phrases.Add(phrase);
                owners.Add(new PhraseOwner(l, phrase, Excludes: false));
            }

            foreach (string phrase in _labels[l].Exclude)
            {
                phrases.Add(phrase);
                owners.Add(new PhraseOwner(l, phrase, Excludes: true));
            }
        }

        _matcher = new PhraseMatcher(phrases);
        _owners = [.. owners];
        _countsMentions = _labels.Any(l => l.MinMentions > 1);
    }

    public IReadOnlyList<LabelDefinition> Labels => _labels;

    public Classification Classify(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Classify(paper.Title, paper.Abstract, paper.Categories);
    }

    public Classification Classify(string title, string? @abstract, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(categories);
        var hits = new List<PhraseHit>();
        _matcher.Match(MatchText.Of(title, @abstract), hits);
        SortedSet<string>?[] phrasesByLabel = PhrasesByLabel(hits);
        int[]? mentions = _countsMentions ? Mentions(hits, PhraseMatcher.Words(MatchText.Of(title, null)).Count) : null;

        var labels = new List<Label>();
        for (int l = 0; l < _labels.Length; l++)
        {
            List<string>? matchedCategories = null;
            foreach (string category in categories)
            {
                if (_categories[l].Contains(category))
                {
                    (matchedCategories ??= []).Add(category);
                }
            }

            SortedSet<string>? phrases = phrasesByLabel[l];
            bool byCategory = matchedCategories is not null;
            bool byPhrase = phrases is not null && phrases.Count >= _labels[l].MinPhrases && (mentions is null || mentions[l] >= _labels[l].MinMentions);
            if (!byCategory && !byPhrase)
            {
                continue;
            }

            labels.Add(new Label(
                _labels[l].Name,
                _labels[l].Kind,
                new Evidence(matchedCategories ?? [], byPhrase ? [.. phrases!] : [])));
        }

        return new Classification(labels);
    }

    // The distinct phrases of each label that occur outside that label's exclusions.
    private SortedSet<string>?[] PhrasesByLabel(List<PhraseHit> hits)
    {
        var byLabel = new SortedSet<string>?[_labels.Length];
        foreach (PhraseHit hit in hits)
        {
            PhraseOwner owner = _owners[hit.Phrase];
            if (owner.Excludes || IsExcluded(hit, owner.Label, hits))
            {
                continue;
            }

            (byLabel[owner.Label] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(owner.Phrase);
        }

        return byLabel;
    }

    // How often each label's phrases are mentioned outside its exclusions: an occurrence is one mention, one in the
    // title (its first titleWords words) two; an occurrence overlapping the label's last mention is not another.
    private int[] Mentions(List<PhraseHit> hits, int titleWords)
    {
        var mentions = new int[_labels.Length];
        var last = new int[_labels.Length];
        Array.Fill(last, -1);
        foreach (PhraseHit hit in hits)
        {
            PhraseOwner owner = _owners[hit.Phrase];
            if (owner.Excludes || hit.FirstWord <= last[owner.Label] || IsExcluded(hit, owner.Label, hits))
            {
                continue;
            }

            mentions[owner.Label] += hit.FirstWord < titleWords ? 2 : 1;
            last[owner.Label] = hit.LastWord;
        }

        return mentions;
    }

    private bool IsExcluded(PhraseHit hit, int label, List<PhraseHit> hits)
    {
        foreach (PhraseHit other in hits)
        {
            PhraseOwner owner = _owners[other.Phrase];
            if (owner.Excludes && owner.Label == label && hit.IsWithin(other))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct PhraseOwner(int Label, string Phrase, bool Excludes);
}
