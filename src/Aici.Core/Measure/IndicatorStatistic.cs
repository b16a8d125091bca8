namespace Aici.Core.Measure;

/// <summary>
/// The values <see cref="IndicatorSet"/> bootstraps, measured on one sample of papers for a fixed list of countries
/// (those of the point estimate), so that every replicate has every key: a country missing from a resample has 0
/// papers there and the lowest rank; a growth rate or an RCA that cannot be computed in a resample is NaN and is left
/// out of its interval.
/// </summary>
internal sealed class IndicatorStatistic(
    IndicatorSettings settings,
    IReadOnlyList<string> countries,
    IReadOnlyList<string> growthCountries,
    IReadOnlyList<(string Label, string Country)> rca,
    ClassifierError? error)
{
    public IReadOnlyDictionary<string, double> Measure(IReadOnlyList<MeasuredPaper> sample, int replicate)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        CountryModalityTable table = CountryModalityTable.Measure(sample, settings.Years, settings.Counting);
        var any = table.Rows.ToDictionary(r => r.Country, r => r.Any, StringComparer.Ordinal);
        Dictionary<string, int> ranks = Ranks.Descending(countries.Select(c => KeyValuePair.Create(c, any.GetValueOrDefault(c))));
        double factor = error?.Factor(ClassifierError.AnyLabels, replicate) ?? 1;
        foreach (string country in countries)
        {
            double count = any.GetValueOrDefault(country);
            values[IndicatorKeys.Any(country)] = count;
            values[IndicatorKeys.Share(country)] = table.World.Any > 0 ? 100 * count / table.World.Any : double.NaN;
            values[IndicatorKeys.Rank(country)] = ranks[country];
            if (error is not null)
            {
                values[IndicatorKeys.Corrected(country)] = count * factor;
            }
        }

        if (error is not null)
        {
            values[IndicatorKeys.Corrected(CountryModalityTable.WorldLabel)] = table.World.Any * factor;
        }

        YearlyCounts yearly = YearlyCounts.Measure(sample, settings.Counting);
        int years = settings.GrowthTo - settings.GrowthFrom;
        foreach (string country in growthCountries)
        {
            AddGrowth(values, Growth.Row(country, yearly.Of(country, settings.GrowthFrom), yearly.Of(country, settings.GrowthTo), years));
        }

        AddGrowth(values, Growth.World(yearly, settings.GrowthFrom, settings.GrowthTo));

        if (rca.Count > 0)
        {
            var rows = Specialisation.Measure(sample, settings.Labels, settings.Years, settings.Counting, 0)
                .ToDictionary(r => (r.Label, r.Country));
            foreach ((string label, string country) in rca)
            {
                values[IndicatorKeys.Rca(label, country)] = rows.TryGetValue((label, country), out SpecialisationRow? row) && row.CountryAi > 0 && row.WorldLabel > 0
                    ? row.Rca
                    : double.NaN;
            }
        }

        return values;
    }

    private static void AddGrowth(Dictionary<string, double> values, GrowthRow row)
    {
        values[IndicatorKeys.PercentChange(row.Country)] = row.PercentChange ?? double.NaN;
        values[IndicatorKeys.Cagr(row.Country)] = row.Cagr is double cagr ? 100 * cagr : double.NaN;
    }
}
