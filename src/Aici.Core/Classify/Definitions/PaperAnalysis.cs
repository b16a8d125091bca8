using Aici.Core.Classify.Model;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// One paper as every definition reads it, computed once: its words, the phrase and category matches of every label
/// and the model's scores. A reusable scratch buffer bound to one <see cref="ResearchRules"/>: give each worker its
/// own, <see cref="Load(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/> a paper, add its categories, then label it.
/// Loading allocates nothing once the buffers have grown to the longest paper.
/// </summary>
public sealed class PaperAnalysis
{
    // each category seen, as one string, with the labels that list it (one look-up a category a paper)
    private readonly Dictionary<string, (string Name, int[]? Labels)> _categoryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int[]? Labels)>.AlternateLookup<ReadOnlySpan<char>> _categoryLookup;
    private readonly List<string> _categories = [];
    private char[] _title = new char[256];
    private char[] _abstract = new char[2048];
    private int _titleLength;
    private int _abstractLength;
    private bool _hasAbstract;
    private bool _scored;
    private bool _confirmScored;
    private bool _featuresFilled;
    private FeatureBuffer? _confirmFeatures;

    public PaperAnalysis(ResearchRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _categoryLookup = _categoryNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ResearchRules Rules { get; }

    public WordList Words { get; } = new();

    public RuleMatches Matches { get; } = new();

    public FeatureBuffer Features { get; } = new();

    /// <summary>The model's scores (empty when the rules have no model).</summary>
    public ModelScores Scores
    {
        get
        {
            EnsureScored();
            return ScoresBuffer;
        }
    }

    /// <summary>The paper's arXiv categories as loaded (none in text-only mode).</summary>
    public IReadOnlyList<string> Categories => _categories;

    public bool HasCategories => _categories.Count > 0;

    public ReadOnlySpan<char> Title => _title.AsSpan(0, _titleLength);

    public ReadOnlySpan<char> Abstract => _abstract.AsSpan(0, _abstractLength);

    /// <summary>Whether the paper has an abstract that is not empty or white space.</summary>
    public bool HasAbstractText => _hasAbstract && !Abstract.IsWhiteSpace();

    private ModelScores ScoresBuffer { get; } = new();

    /// <summary>
    /// The confirming model's scores, computed on first use (empty when the rules have none), over the model's
    /// features when both models read the same ones.
    /// </summary>
    public ModelScores ConfirmScores
    {
        get
        {
            if (!_confirmScored && Rules.Confirmer is { } confirmer)
            {
                FeatureBuffer features;
                if (Rules.Model?.Info.Features == confirmer.Info.Features)
                {
                    FillFeatures(confirmer.Info.Features);
                    features = Features;
                }
                else
                {
                    features = _confirmFeatures ??= new FeatureBuffer();
                    features.Fill(Words, confirmer.Info.Features);
                }

                confirmer.Score(features, ConfirmScoresBuffer);
                _confirmScored = true;
            }

            return ConfirmScoresBuffer;
        }
    }

    private ModelScores ConfirmScoresBuffer { get; } = new();

    /// <summary>Loads a paper: all of <see cref="PaperText"/> (categories included).</summary>
    public void Load(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        Load(paper.Title, paper.Abstract, paper.Abstract is not null);
        foreach (string category in paper.Categories)
        {
            AddCategory(category);
        }
    }

    /// <summary>Loads the text of a paper; its categories follow through <see cref="AddCategory"/>.</summary>
    public void Load(ReadOnlySpan<char> title, ReadOnlySpan<char> abstractText, bool hasAbstract)
    {
        Copy(title, ref _title, out _titleLength);
        Copy(abstractText, ref _abstract, out _abstractLength);
        _hasAbstract = hasAbstract;
        _categories.Clear();
        _scored = false;
        _confirmScored = false;
        _featuresFilled = false;
        Words.Clear();
        Words.AddSegment(title);
        if (hasAbstract)
        {
            Words.AddSegment(abstractText);
        }

        Rules.Phrases.Begin(Words, Matches);
    }

    /// <summary>Adds one of the paper's arXiv categories.</summary>
    public void AddCategory(ReadOnlySpan<char> category)
    {
        if (category.IsEmpty)
        {
            return;
        }

        if (!_categoryLookup.TryGetValue(category, out (string Name, int[]? Labels) known))
        {
            string name = category.ToString();
            known = (name, Rules.Phrases.LabelsOf(name));
            _categoryNames.Add(name, known);
        }

        _categories.Add(known.Name);
        if (known.Labels is not null)
        {
            PhraseRules.AddCategory(known.Name, known.Labels, Matches);
        }
    }

    /// <summary>The loaded paper as a <see cref="PaperText"/> (allocates: for definitions that read strings).</summary>
    public PaperText ToPaperText() =>
        new(new string(Title), _hasAbstract ? new string(Abstract) : null, [.. _categories]);

    /// <summary>The probability of model column <paramref name="column"/>.</summary>
    public double Probability(int column) => Scores.Probability(column);

    private void EnsureScored()
    {
        if (_scored || Rules.Model is not { } model)
        {
            return;
        }

        FillFeatures(model.Info.Features);
        model.Score(Features, ScoresBuffer);
        _scored = true;
    }

    // Features with the model's settings, once a paper (the confirming model reuses them when its settings are the same)
    private void FillFeatures(FeatureSettings settings)
    {
        if (!_featuresFilled)
        {
            Features.Fill(Words, settings);
            _featuresFilled = true;
        }
    }

    private static void Copy(ReadOnlySpan<char> text, ref char[] buffer, out int length)
    {
        if (buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        }

        text.CopyTo(buffer);
        length = text.Length;
    }
}
