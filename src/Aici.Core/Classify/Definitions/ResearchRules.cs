using Aici.Core.Classify.Model;
using Aici.Core.Taxonomy;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Everything that labels a paper: the taxonomies' phrase and category rules (each label in its output group) and,
/// optionally, the supervised <see cref="LinearModel"/> whose labels (ai, image, sound, text) it can decide, and a
/// confirming model (<see cref="Confirmer"/>) that a label's phrase matches must convince before the label is carried
/// (the creative domains, whose phrases name many papers not done for the sector). Immutable, so one instance serves
/// every worker.
/// </summary>
public sealed class ResearchRules
{
    private readonly LabelGroup[] _groups;
    private readonly int[] _modelColumn;
    private readonly int[] _confirmColumn;

    /// <param name="taxonomies">The taxonomies, each with the output group of its labels.</param>
    /// <param name="model">The supervised model, or null to decide by the taxonomies alone.</param>
    /// <param name="confirmer">A model whose labels are decided by their phrases <em>and</em> its probability (each label's
    /// method is <see cref="LabelMethod.Both"/>, or <see cref="LabelMethod.Phrases"/> where it did not help), or null.</param>
    /// <exception cref="ArgumentException">No taxonomy defines <c>ai</c>, the model has no <c>ai</c> label, or the
    /// confirming model names a label no taxonomy defines, one the model decides, or a method other than both or phrases.</exception>
    public ResearchRules(IReadOnlyList<(Taxonomy.Taxonomy Taxonomy, LabelGroup Group)> taxonomies, LinearModel? model, LinearModel? confirmer = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomies);
        var labels = new List<LabelDefinition>();
        var groups = new List<LabelGroup>();
        foreach ((Taxonomy.Taxonomy taxonomy, LabelGroup group) in taxonomies)
        {
            foreach (LabelDefinition label in taxonomy.Labels)
            {
                labels.Add(label);
                groups.Add(label.Kind == LabelKind.Ai ? LabelGroup.Ai : group);
            }
        }

        Phrases = new PhraseRules(labels);
        _groups = [.. groups];
        Model = model;
        AiLabel = Phrases.IndexOf(LabelNames.Ai);
        if (AiLabel < 0)
        {
            throw new ArgumentException("no taxonomy defines the 'ai' label", nameof(taxonomies));
        }

        _modelColumn = [.. labels.Select(l => model?.LabelIndex(l.Name) ?? -1)];
        ModelLabels = labels.Count > 64 ? ulong.MaxValue
            : _modelColumn.Select((column, l) => column >= 0 ? 1UL << l : 0).Aggregate(0UL, (mask, bit) => mask | bit);
        if (model is not null && model.LabelIndex(LabelNames.Ai) < 0)
        {
            throw new ArgumentException($"model {model.Info} has no 'ai' label", nameof(model));
        }

        _confirmColumn = [.. labels.Select(l => confirmer?.LabelIndex(l.Name) ?? -1)];
        if (confirmer is not null)
        {
            foreach (ModelLabel label in confirmer.Labels)
            {
                int rule = Phrases.IndexOf(label.Name);
                if (rule < 0 || _modelColumn[rule] >= 0 || label.Method is not (LabelMethod.Both or LabelMethod.Phrases))
                {
                    throw new ArgumentException(rule < 0
                        ? $"confirming model {confirmer.Info} names label '{label.Name}', which no taxonomy defines"
                        : _modelColumn[rule] >= 0
                            ? $"confirming model {confirmer.Info} names label '{label.Name}', which model {model!.Info} decides"
                            : $"confirming model {confirmer.Info} decides '{label.Name}' by '{label.Method}': a confirming model only confirms phrases (both or phrases)", nameof(confirmer));
                }
            }
        }

        Confirmer = confirmer;
        RulesVersion = string.Join(", ", taxonomies.Select(t => t.Taxonomy.ToString()));
        Taxonomies = [.. taxonomies];
    }

    /// <summary>The taxonomies the rules were built from, with their groups.</summary>
    public IReadOnlyList<(Taxonomy.Taxonomy Taxonomy, LabelGroup Group)> Taxonomies { get; }

    public PhraseRules Phrases { get; }

    public LinearModel? Model { get; }

    /// <summary>The confirming model, or null: see <see cref="ConfirmColumn"/>.</summary>
    public LinearModel? Confirmer { get; }

    /// <summary>The index of the <c>ai</c> label among <see cref="PhraseRules.Labels"/>.</summary>
    public int AiLabel { get; }

    /// <summary>"ai 1.0.0, modalities 1.0.0, techniques 1.0.0".</summary>
    public string RulesVersion { get; }

    /// <summary>The same taxonomy rules and confirming model with another model (or none).</summary>
    public ResearchRules WithModel(LinearModel? model) => new(Taxonomies, model, Confirmer);

    /// <summary>The same taxonomy rules and model with another confirming model (or none).</summary>
    public ResearchRules WithConfirmer(LinearModel? confirmer) => new(Taxonomies, Model, confirmer);

    public LabelGroup GroupOf(int label) => _groups[label];

    /// <summary>
    /// Bit l set when the model decides label l (all bits when there are more than 64 labels): with the labels a paper's
    /// categories or phrases name (<see cref="RuleMatches.Named"/>), the only ones a paper can carry.
    /// </summary>
    public ulong ModelLabels { get; }

    /// <summary>The model's column for rule label <paramref name="label"/>, or -1 when the model does not decide it.</summary>
    public int ModelColumn(int label) => _modelColumn[label];

    /// <summary>
    /// The confirming model's column for rule label <paramref name="label"/> when its phrases must be confirmed (method
    /// <see cref="LabelMethod.Both"/>), or -1.
    /// </summary>
    public int ConfirmColumn(int label) =>
        _confirmColumn[label] >= 0 && Confirmer!.Labels[_confirmColumn[label]].Method == LabelMethod.Both ? _confirmColumn[label] : -1;

    /// <summary>How label <paramref name="label"/> is decided from text when the model is used.</summary>
    public LabelMethod MethodOf(int label) =>
        _modelColumn[label] < 0 ? LabelMethod.Phrases : Model!.Labels[_modelColumn[label]].Method;
}
