using Aici.Core.Classify.Model;
using Aici.Core.Taxonomy;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Everything that labels a paper: the taxonomies' phrase and category rules (each label in its output group) and,
/// optionally, the supervised <see cref="LinearModel"/> whose labels (ai, image, sound, text) it can decide.
/// Immutable, so one instance serves every worker.
/// </summary>
public sealed class ResearchRules
{
    private readonly LabelGroup[] _groups;
    private readonly int[] _modelColumn;

    /// <param name="taxonomies">The taxonomies, each with the output group of its labels.</param>
    /// <param name="model">The supervised model, or null to decide by the taxonomies alone.</param>
    public ResearchRules(IReadOnlyList<(Taxonomy.Taxonomy Taxonomy, LabelGroup Group)> taxonomies, LinearModel? model)
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

        RulesVersion = string.Join(", ", taxonomies.Select(t => t.Taxonomy.ToString()));
        Taxonomies = [.. taxonomies];
    }

    /// <summary>The taxonomies the rules were built from, with their groups.</summary>
    public IReadOnlyList<(Taxonomy.Taxonomy Taxonomy, LabelGroup Group)> Taxonomies { get; }

    public PhraseRules Phrases { get; }

    public LinearModel? Model { get; }

    /// <summary>The index of the <c>ai</c> label among <see cref="PhraseRules.Labels"/>.</summary>
    public int AiLabel { get; }

    /// <summary>"ai 1.0.0, modalities 1.0.0, techniques 1.0.0".</summary>
    public string RulesVersion { get; }

    /// <summary>The same taxonomy rules with another model (or none).</summary>
    public ResearchRules WithModel(LinearModel? model) => new(Taxonomies, model);

    public LabelGroup GroupOf(int label) => _groups[label];

    /// <summary>
    /// Bit l set when the model decides label l (all bits when there are more than 64 labels): with the labels a paper's
    /// categories or phrases name (<see cref="RuleMatches.Named"/>), the only ones a paper can carry.
    /// </summary>
    public ulong ModelLabels { get; }

    /// <summary>The model's column for rule label <paramref name="label"/>, or -1 when the model does not decide it.</summary>
    public int ModelColumn(int label) => _modelColumn[label];

    /// <summary>How label <paramref name="label"/> is decided from text when the model is used.</summary>
    public LabelMethod MethodOf(int label) =>
        _modelColumn[label] < 0 ? LabelMethod.Phrases : Model!.Labels[_modelColumn[label]].Method;
}
