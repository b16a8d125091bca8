using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// The seed's headline exhibit: AI papers by country and modality, sorted by the union column, largest first, then
/// by country code. Whole counting: a paper counts once in each of its countries. Fractional counting: it adds its
/// share to each, so the country rows add up to the world row.
/// </summary>
public sealed record CountryModalityTable(
    Counting Counting,
    YearRange Years,
    IReadOnlyList<CountryModalityRow> Rows,
    CountryModalityRow World,
    long AiPapers,
    long UnlocatedAiPapers)
{
    /// <summary>The label of the world totals row: each located AI paper once, whatever its number of countries.</summary>
    public const string WorldLabel = "World";

    public static CountryModalityTable Measure(IEnumerable<MeasuredPaper> papers, YearRange years, Counting counting = Counting.Whole)
    {
        ArgumentNullException.ThrowIfNull(papers);
        // the bootstrap's PreparedPapers repeats these additions to the bit: change the two together
        var counts = new Dictionary<CountryCode, double[]>();
        double[] world = new double[4];
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

            double total = counting == Counting.Whole ? 1 : paper.Countries.Sum(c => c.Weight);
            Add(world, paper.Modalities, total);
            foreach (CountryShare share in paper.Countries)
            {
                if (!counts.TryGetValue(share.Country, out double[]? row))
                {
                    row = new double[4];
                    counts.Add(share.Country, row);
                }

                Add(row, paper.Modalities, counting == Counting.Whole ? 1 : share.Weight);
            }
        }

        var rows = counts
            .Where(kv => kv.Value[3] > 0)
            .Select(kv => Row(kv.Key.Value, kv.Value))
            .OrderByDescending(r => r.Any)
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ToList();
        return new CountryModalityTable(counting, years, rows, Row(WorldLabel, world), ai, unlocated);
    }

    private static void Add(double[] row, Modalities modalities, double weight)
    {
        if (modalities.HasFlag(Modalities.Image))
        {
            row[0] += weight;
        }

        if (modalities.HasFlag(Modalities.Sound))
        {
            row[1] += weight;
        }

        if (modalities.HasFlag(Modalities.Text))
        {
            row[2] += weight;
        }

        if (modalities != Modalities.None)
        {
            row[3] += weight;
        }
    }

    // Sums of many shares drift in the last bits (0.1 + 0.2): rounding to 1e-9 keeps tables exact and repeatable.
    private static CountryModalityRow Row(string country, double[] c) =>
        new(country, Round(c[0]), Round(c[1]), Round(c[2]), Round(c[3]));

    private static double Round(double value) => Math.Round(value, 9, MidpointRounding.ToEven);
}
