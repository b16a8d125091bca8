namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Every label of one paper under one AI definition, each with its evidence: the AI decision and the labels of each
/// output group, in taxonomy order.
/// </summary>
public sealed record LabelledPaper(
    AiDecision Ai,
    IReadOnlyList<Label> Modalities,
    IReadOnlyList<Label> Media,
    IReadOnlyList<Label> Techniques,
    IReadOnlyList<Label> CreativeDomains)
{
    /// <summary>All labels, <c>ai</c> first when the paper is AI.</summary>
    public IEnumerable<Label> All
    {
        get
        {
            if (Ai.IsAi)
            {
                yield return new Label(Taxonomy.LabelNames.Ai, Taxonomy.LabelKind.Ai, Ai.Evidence);
            }

            foreach (Label label in Modalities.Concat(Media).Concat(Techniques).Concat(CreativeDomains))
            {
                yield return label;
            }
        }
    }

    public bool Has(string label) =>
        string.Equals(label, Taxonomy.LabelNames.Ai, StringComparison.Ordinal) ? Ai.IsAi : All.Any(l => l.Name == label);
}
