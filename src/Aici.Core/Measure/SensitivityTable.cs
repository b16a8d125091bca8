namespace Aici.Core.Measure;

/// <summary>
/// The headline ranking under each AI definition side by side (categories, vocabulary, model, combined…): each
/// country's papers on any modality and its competition rank under each, so that a reader sees which countries move.
/// Rows follow the first definition's ranking (the run's own), then countries ranked only under the others by their
/// best rank, then code. With one definition the table still exists and no rank can change.
/// </summary>
public sealed record SensitivityTable(IReadOnlyList<string> Definitions, IReadOnlyList<SensitivityRow> Rows)
{
    public static SensitivityTable Measure(
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<MeasuredPaper>>> byDefinition, YearRange years, Counting counting)
    {
        ArgumentNullException.ThrowIfNull(byDefinition);
        var anys = new List<Dictionary<string, double>>(byDefinition.Count);
        var ranks = new List<Dictionary<string, int>>(byDefinition.Count);
        foreach ((_, IReadOnlyList<MeasuredPaper> papers) in byDefinition)
        {
            CountryModalityTable table = CountryModalityTable.Measure(papers, years, counting);
            anys.Add(table.Rows.ToDictionary(r => r.Country, r => r.Any, StringComparer.Ordinal));
            ranks.Add(Ranks.Descending(table.Rows.Select(r => KeyValuePair.Create(r.Country, r.Any))));
        }

        List<SensitivityRow> rows = [.. anys.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal)
            .Select(country => new SensitivityRow(
                country,
                [.. anys.Select(a => a.GetValueOrDefault(country))],
                [.. ranks.Select(r => r.TryGetValue(country, out int rank) ? rank : (int?)null)]))
            .OrderBy(r => r.Ranks.Count > 0 && r.Ranks[0] is int first ? first : int.MaxValue)
            .ThenBy(r => r.BestRank ?? int.MaxValue)
            .ThenBy(r => r.Country, StringComparer.Ordinal)];
        return new SensitivityTable([.. byDefinition.Select(d => d.Key)], rows);
    }

    /// <summary>The countries whose rank changes between definitions, among those ranked in the top <paramref name="top"/> under any.</summary>
    public IReadOnlyList<string> Changing(int top) =>
        [.. Rows.Where(r => r.RankChanges && r.BestRank <= top).Select(r => r.Country)];
}
