namespace Aici.Core.Measure;

/// <summary>
/// The values <see cref="IndicatorSet"/> bootstraps, measured on one sample of papers for a fixed list of countries
/// (those of the point estimate), so that every replicate has every key: a country missing from a resample has 0
/// papers there and the lowest rank; a growth rate or an RCA that cannot be computed in a resample is NaN and is left
/// out of its interval.
/// <para>
/// Samples are drawn from <c>papers</c> (the located AI papers), which are read once into flat arrays (country numbers,
/// weights, years, label numbers); a sample is then summed into arrays, each sum taking the same additions in the same
/// order as <see cref="CountryModalityTable"/>, <see cref="YearlyCounts"/> and <see cref="Specialisation"/> would, so the
/// values are theirs to the last bit (a test holds them to it). Papers outside <c>papers</c> are measured by those.
/// </para>
/// </summary>
internal sealed class IndicatorStatistic
{
    private readonly IndicatorSettings _settings;
    private readonly IReadOnlyList<string> _countries;
    private readonly IReadOnlyList<string> _growthCountries;
    private readonly IReadOnlyList<(string Label, string Country)> _rca;
    private readonly ClassifierError? _error;
    private readonly PreparedPapers _prepared;

    public IndicatorStatistic(
        IndicatorSettings settings,
        IReadOnlyList<string> countries,
        IReadOnlyList<string> growthCountries,
        IReadOnlyList<(string Label, string Country)> rca,
        ClassifierError? error,
        IReadOnlyList<MeasuredPaper> papers)
    {
        _settings = settings;
        _countries = countries;
        _growthCountries = growthCountries;
        _rca = rca;
        _error = error;
        _prepared = new PreparedPapers(papers, settings);
    }

    public IReadOnlyDictionary<string, double> Measure(IReadOnlyList<MeasuredPaper> sample, int replicate)
    {
        if (!_prepared.TrySum(sample, out PreparedPapers.Sums sums))
        {
            return Measure(
                CountryModalityTable.Measure(sample, _settings.Years, _settings.Counting),
                YearlyCounts.Measure(sample, _settings.Counting),
                _rca.Count > 0 ? Specialisation.Measure(sample, _settings.Labels, _settings.Years, _settings.Counting, 0) : [],
                replicate);
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        double world = Round(sums.WorldAny);
        double[] any = [.. _countries.Select(c => _prepared.CountryNumber(c) is int n ? Round(sums.Any[n]) : 0)];
        AddCounts(values, world, any, replicate);
        int years = _settings.GrowthTo - _settings.GrowthFrom;
        foreach (string country in _growthCountries)
        {
            (double start, double end) = _prepared.CountryNumber(country) is int n ? (sums.From[n], sums.To[n]) : (0, 0);
            AddGrowth(values, Growth.Row(country, start, end, years));
        }

        AddGrowth(values, Growth.Row(CountryModalityTable.WorldLabel, sums.WorldFrom, sums.WorldTo, years));
        foreach ((string label, string country) in _rca)
        {
            int l = _prepared.LabelNumber(label);
            double rca = double.NaN;
            if (l >= 0 && _prepared.CountryNumber(country) is int n && sums.CountryAi[n] > 0 && sums.WorldLabel[l] > 0)
            {
                rca = new SpecialisationRow(country, label, sums.CountryLabel[(n * _prepared.Labels) + l], sums.CountryAi[n], sums.WorldLabel[l], sums.WorldAi).Rca;
            }

            values[IndicatorKeys.Rca(label, country)] = rca;
        }

        return values;
    }

    // The same values from the indicators' own measures, for a sample of papers not prepared.
    private Dictionary<string, double> Measure(CountryModalityTable table, YearlyCounts yearly, IReadOnlyList<SpecialisationRow> specialisation, int replicate)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var byCountry = table.Rows.ToDictionary(r => r.Country, r => r.Any, StringComparer.Ordinal);
        AddCounts(values, table.World.Any, [.. _countries.Select(c => byCountry.GetValueOrDefault(c))], replicate);
        int years = _settings.GrowthTo - _settings.GrowthFrom;
        foreach (string country in _growthCountries)
        {
            AddGrowth(values, Growth.Row(country, yearly.Of(country, _settings.GrowthFrom), yearly.Of(country, _settings.GrowthTo), years));
        }

        AddGrowth(values, Growth.World(yearly, _settings.GrowthFrom, _settings.GrowthTo));
        var rows = specialisation.ToDictionary(r => (r.Label, r.Country));
        foreach ((string label, string country) in _rca)
        {
            values[IndicatorKeys.Rca(label, country)] = rows.TryGetValue((label, country), out SpecialisationRow? row) && row.CountryAi > 0 && row.WorldLabel > 0
                ? row.Rca
                : double.NaN;
        }

        return values;
    }

    // Counts, shares and ranks of the fixed countries (`any` in their order), and the corrected counts.
    private void AddCounts(Dictionary<string, double> values, double world, double[] any, int replicate)
    {
        Dictionary<string, int> ranks = Ranks.Descending(_countries.Select((c, i) => KeyValuePair.Create(c, any[i])));
        double factor = _error?.Factor(ClassifierError.AnyLabels, replicate) ?? 1;
        for (int i = 0; i < _countries.Count; i++)
        {
            string country = _countries[i];
            double count = any[i];
            values[IndicatorKeys.Any(country)] = count;
            values[IndicatorKeys.Share(country)] = world > 0 ? 100 * count / world : double.NaN;
            values[IndicatorKeys.Rank(country)] = ranks[country];
            if (_error is not null)
            {
                values[IndicatorKeys.Corrected(country)] = count * factor;
            }
        }

        if (_error is not null)
        {
            values[IndicatorKeys.Corrected(CountryModalityTable.WorldLabel)] = world * factor;
        }
    }

    private static void AddGrowth(Dictionary<string, double> values, GrowthRow row)
    {
        values[IndicatorKeys.PercentChange(row.Country)] = row.PercentChange ?? double.NaN;
        values[IndicatorKeys.Cagr(row.Country)] = row.Cagr is double cagr ? 100 * cagr : double.NaN;
    }

    // As CountryModalityTable rounds its counts.
    private static double Round(double value) => Math.Round(value, 9, MidpointRounding.ToEven);
}
