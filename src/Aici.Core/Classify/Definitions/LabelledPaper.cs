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
    /// <summary>All labels, <c>ai</c> first when the paper is AI: a new list at each call (one array, no iterators:
    /// a run makes it for every record).</summary>
    public IReadOnlyList<Label> All
    {
        get
        {
            var all = new Label[(Ai.IsAi ? 1 : 0) + Modalities.Count + Media.Count + Techniques.Count + CreativeDomains.Count];
            int next = 0;
            if (Ai.IsAi)
            {
                all[next++] = new Label(Taxonomy.LabelNames.Ai, Taxonomy.LabelKind.Ai, Ai.Evidence);
            }

            next = Append(all, next, Modalities);
            next = Append(all, next, Media);
            next = Append(all, next, Techniques);
            _ = Append(all, next, CreativeDomains);
            return all;
        }
    }

    public bool Has(string label) =>
        string.Equals(label, Taxonomy.LabelNames.Ai, StringComparison.Ordinal) ? Ai.IsAi : All.Any(l => l.Name == label);

    private static int Append(Label[] all, int next, IReadOnlyList<Label> group)
    {
        for (int i = 0; i < group.Count; i++)
        {
            all[next++] = group[i];
        }

        return next;
    }
}
