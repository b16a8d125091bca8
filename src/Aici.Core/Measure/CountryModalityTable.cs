using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// The seed's headline exhibit: AI papers by country and modality (whole counting: a paper counts once in each of
/// its countries), sorted by the union column, largest first, then by country code.
/// </summary>
public sealed record CountryModalityTable(
    YearRange Years,
    IReadOnlyList<CountryModalityRow> Rows,
    CountryModalityRow World,
    long AiPapers,
    long UnlocatedAiPapers)
{
    /// <summary>The label of the world totals row: each located AI paper once, whatever its number of countries.</summary>
    public const string WorldLabel = "World";

    public static CountryModalityTable Measure(IEnumerable<MeasuredPaper> papers, YearRange years)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var counts = new Dictionary<CountryCode, long[]>();
        long[] world = new long[4];
        long ai = 0;
        long unlocated = 0;
        foreach (MeasuredPaper paper in papers)
        {
            if (!paper.IsAi || !years.Contains(paper.Year))
            {
                continue;
            }

            ai++;
            if (paper.Countries.Count == 0)
            {
                unlocated++;
                continue;
            }

            Add(world, paper.Modalities);
            foreach (CountryCode country in paper.Countries.Distinct())
            {
                if (!counts.TryGetValue(country, out long[]? row))
                {
                    row = new long[4];
                    counts.Add(country, row);
                }

                Add(row, paper.Modalities);
            }
        }

        var rows = counts
            .Where(kv => kv.Value[3] > 0)
            .Select(kv => Row(kv.Key.Value, kv.Value))
            .OrderByDescending(r => r.Any)
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ToList();
        return new CountryModalityTable(years, rows, Row(WorldLabel, world), ai, unlocated);
    }

    private static void Add(long[] row, Modalities modalities)
    {
        if (modalities.HasFlag(Modalities.Image))
        {
            row[0]++;
        }

        if (modalities.HasFlag(Modalities.Sound))
        {
            row[1]++;
        }

        if (modalities.HasFlag(Modalities.Text))
        {
            row[2]++;
        }

        if (modalities != Modalities.None)
        {
            row[3]++;
        }
    }

    private static CountryModalityRow Row(string country, long[] c) => new(country, c[0], c[1], c[2], c[3]);
}
