namespace Aici.Core.Measure;

/// <summary>
/// A country's papers on any modality and its rank under each AI definition, in the order of the table's definitions;
/// a rank is null where the country has no such paper under that definition.
/// </summary>
public sealed record SensitivityRow(string Country, IReadOnlyList<double> Any, IReadOnlyList<int?> Ranks)
{
    /// <summary>Whether the country's rank differs between any two definitions (having none under one counts).</summary>
    public bool RankChanges => Ranks.Distinct().Skip(1).Any();

    /// <summary>The best (smallest) rank over the definitions, null if it has none.</summary>
    public int? BestRank => Ranks.Min();
}
