namespace Aici.Core.Measure;

/// <summary>
/// Growth of AI research between two years (the 2020 study's "% growth 2015–2019"), for every country with at least
/// <c>minimum</c> papers in the start year, so that tiny countries do not top the chart. Sorted by percentage change,
/// largest first, then by code.
/// </summary>
public static class Growth
{
    public static IReadOnlyList<GrowthRow> Measure(YearlyCounts counts, int from, int to, double minimum)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (to <= from)
        {
            throw new ArgumentException($"growth needs a start year before the end year (got {from} → {to})", nameof(to));
        }

        var rows = new List<GrowthRow>();
        foreach (string country in counts.ByCountry.Keys)
        {
            double start = counts.Of(country, from);
            if (start < minimum || start <= 0)
            {
                continue;
            }

            rows.Add(Row(country, start, counts.Of(country, to), to - from));
        }

        return [.. rows.OrderByDescending(r => r.PercentChange).ThenBy(r => r.Country, StringComparer.Ordinal)];
    }

    /// <summary>The world's growth over the same years.</summary>
    public static GrowthRow World(YearlyCounts counts, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Row(CountryModalityTable.WorldLabel, counts.World.GetValueOrDefault(from), counts.World.GetValueOrDefault(to), to - from);
    }

    public static GrowthRow Row(string country, double start, double end, int years)
    {
        if (start <= 0)
        {
            return new GrowthRow(country, start, end, null, null);
        }

        double ratio = end / start;
        return new GrowthRow(country, start, end, 100 * (ratio - 1), Math.Pow(ratio, 1.0 / years) - 1);
    }
}
