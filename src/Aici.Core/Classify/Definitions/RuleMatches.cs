using Aici.Core.Text;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// What a <see cref="PhraseRules"/> found in one paper: per label, the paper's categories listed for it, the
/// distinct phrases that occur outside the label's exclusions and, for a label that needs more than one mention
/// (<see cref="Taxonomy.LabelDefinition.MinMentions"/>), how often they are mentioned. A reusable scratch buffer, one
/// per worker.
/// </summary>
public sealed class RuleMatches
{
    private PhraseHit[] _hits = new PhraseHit[64];
    private int _hitCount;
    private int[] _phraseCounts = [];
    private int[] _mentions = [];
    private int[] _lastMentioned = [];
    private List<string>[] _categories = [];
    private int[] _seen = [];
    private int _stamp;
    private ulong _named;
    private PhraseRules? _rules;

    /// <summary>The rules these matches are for.</summary>
    public PhraseRules Rules => _rules ?? throw new InvalidOperationException("no paper matched yet");

    /// <summary>
    /// Bit l set when label l has a listed category or a phrase in the paper (all bits when there are more than 64
    /// labels): a label whose rule (categories or phrases) can carry it. The others can be carried by the model alone.
    /// </summary>
    public ulong Named => _rules is { } rules && rules.Labels.Count > 64 ? ulong.MaxValue : _named;

    /// <summary>The number of distinct phrases of label <paramref name="label"/> that occur outside its exclusions.</summary>
    public int PhraseCount(int label) => _phraseCounts[label];

    /// <summary>The paper's categories listed for label <paramref name="label"/>, in the paper's order.</summary>
    public IReadOnlyList<string> Categories(int label) => _categories[label];

    public bool ByCategory(int label) => _categories[label].Count > 0;

    /// <summary>A copy of <see cref="Categories(int)"/>, for evidence that outlives the paper.</summary>
    internal string[] CopyCategories(int label) => _categories[label].Count == 0 ? [] : _categories[label].ToArray();

    public bool ByPhrases(int label)
    {
        Taxonomy.LabelDefinition definition = Rules.Labels[label];
        return _phraseCounts[label] > 0 && _phraseCounts[label] >= definition.MinPhrases
            && (definition.MinMentions <= 1 || _mentions[label] >= definition.MinMentions);
    }

    /// <summary>The label's rule: a listed category, or enough phrases.</summary>
    public bool Carries(int label) => ByCategory(label) || ByPhrases(label);

    /// <summary>The distinct phrases of label <paramref name="label"/> found outside its exclusions, in ordinal order.</summary>
    public IReadOnlyList<string> Phrases(int label)
    {
        int count = _phraseCounts[label];
        if (count == 0)
        {
            return [];
        }

        var phrases = new string[count];
        int n = 0;
        for (int i = 0; i < _hitCount && n < count; i++)
        {
            PhraseRules.Owner owner = Rules.OwnerOf(_hits[i].Phrase);
            if (owner.Label == label && !owner.Excludes && Array.IndexOf(phrases, owner.Phrase, 0, n) < 0 && !IsExcluded(_hits[i], label))
            {
                phrases[n++] = owner.Phrase;
            }
        }

        Array.Sort(phrases, 0, n, StringComparer.Ordinal);
        return n == count ? phrases : phrases[..n];
    }

    internal void Reset(PhraseRules rules)
    {
        _rules = rules;
        int labels = rules.Labels.Count;
        if (_phraseCounts.Length != labels)
        {
            _phraseCounts = new int[labels];
            _mentions = new int[labels];
            _lastMentioned = new int[labels];
            _categories = new List<string>[labels];
            for (int l = 0; l < labels; l++)
            {
                _categories[l] = [];
            }
        }

        if (_seen.Length != rules.PhraseCount)
        {
            _seen = new int[rules.PhraseCount];
            _stamp = 0;
        }

        _phraseCounts.AsSpan().Clear();
        if (rules.CountsMentions)
        {
            _mentions.AsSpan().Clear();
            _lastMentioned.AsSpan().Fill(-1);
        }

        if (_categories.Length > 64)
        {
            foreach (List<string> list in _categories)
            {
                list.Clear();
            }
        }
        else
        {
            // only a label the last paper named can have categories listed
            for (ulong named = _named; named != 0; named &= named - 1)
            {
                _categories[System.Numerics.BitOperations.TrailingZeroCount(named)].Clear();
            }
        }

        _named = 0;

        _hitCount = 0;
        if (++_stamp == int.MaxValue)
        {
            _seen.AsSpan().Clear();
            _stamp = 1;
        }
    }

    internal void AddHit(PhraseHit hit)
    {
        if (_hitCount == _hits.Length)
        {
            Array.Resize(ref _hits, _hits.Length * 2);
        }

        _hits[_hitCount++] = hit;
    }

    internal void AddCategory(int label, string category)
    {
        _categories[label].Add(category);
        _named |= 1UL << label;
    }

    /// <summary>
    /// Counts each label's distinct phrases outside its exclusions, and the mentions of those that need them, once all
    /// hits are in; <paramref name="titleEnd"/> is the first word after the title.
    /// </summary>
    internal void Count(int titleEnd)
    {
        bool mentions = Rules.CountsMentions;
        for (int i = 0; i < _hitCount; i++)
        {
            PhraseHit hit = _hits[i];
            PhraseRules.Owner owner = Rules.OwnerOf(hit.Phrase);
            if (owner.Excludes)
            {
                continue;
            }

            if (mentions && Rules.Labels[owner.Label].MinMentions > 1)
            {
                Mention(hit, owner.Label, titleEnd);
            }

            if (_seen[hit.Phrase] == _stamp)
            {
                continue;
            }

            if (Rules.HasExclusions(owner.Label) && IsExcluded(hit, owner.Label))
            {
                continue;
            }

            _seen[hit.Phrase] = _stamp;
            _phraseCounts[owner.Label]++;
            _named |= 1UL << owner.Label;
        }
    }

    // hits come in word order: one that starts inside the label's last mention overlaps it and is not another
    private void Mention(PhraseHit hit, int label, int titleEnd)
    {
        if (hit.FirstWord <= _lastMentioned[label] || (Rules.HasExclusions(label) && IsExcluded(hit, label)))
        {
            return;
        }

        _mentions[label] += hit.FirstWord < titleEnd ? 2 : 1;
        _lastMentioned[label] = hit.LastWord;
    }

    private bool IsExcluded(PhraseHit hit, int label)
    {
        for (int i = 0; i < _hitCount; i++)
        {
            PhraseRules.Owner owner = Rules.OwnerOf(_hits[i].Phrase);
            if (owner.Excludes && owner.Label == label && hit.IsWithin(_hits[i]))
            {
                return true;
            }
        }

        return false;
    }
}
