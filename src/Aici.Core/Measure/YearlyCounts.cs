namespace Aici.Core.Measure;

/// <summary>
/// AI papers per country per year (whole or fractional), and the world's per year (each located paper once).
/// Papers without a year are left out. Countries are sorted by code and years ascending.
/// </summary>
public sealed record YearlyCounts(
    Counting Counting,
    IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> ByCountry,
    IReadOnlyDictionary<int, double> World)
{
    public static YearlyCounts Measure(IEnumerable<MeasuredPaper> papers, Counting counting)
    {
        ArgumentNullException.ThrowIfNull(papers);
        // every sum takes its additions in reading order (PreparedPapers repeats them); sorted once at the end
        var byCountry = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var world = new Dictionary<int, double>();
        foreach (MeasuredPaper paper in papers)
        {
            if (!paper.IsAi || paper.Year is not int year || paper.Countries.Count == 0)
            {
                continue;
            }

            world[year] = world.GetValueOrDefault(year) + paper.WorldWeight(counting);
            foreach (CountryShare share in paper.Countries)
            {
                if (!byCountry.TryGetValue(share.Country.Value, out Dictionary<int, double>? years))
                {
                    years = [];
                    byCountry.Add(share.Country.Value, years);
                }

                years[year] = years.GetValueOrDefault(year) + share.Under(counting);
            }
        }

        return new YearlyCounts(
            counting,
            byCountry.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<int, double>)new SortedDictionary<int, double>(kv.Value), StringComparer.Ordinal),
            new SortedDictionary<int, double>(world));
    }

    /// <summary>The country's count in <paramref name="year"/>, 0 when it has none.</summary>
    public double Of(string country, int year) =>
        ByCountry.TryGetValue(country, out IReadOnlyDictionary<int, double>? years) ? years.GetValueOrDefault(year) : 0;
}
