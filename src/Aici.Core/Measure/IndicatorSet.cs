using GrowthMeasure = Aici.Core.Measure.Growth;
using SpecialisationMeasure = Aici.Core.Measure.Specialisation;

namespace Aici.Core.Measure;

/// <summary>
/// Every indicator of a run on one set of works: the headline table with ranks and shares, yearly counts, growth over
/// the growth window, and RCA in every label, with 95% bootstrap intervals when a <see cref="Bootstrap"/> is given
/// (one resampling of the located AI papers serves all of them) and classifier error propagated into the counts when a
/// <see cref="ClassifierError"/> is given.
/// </summary>
public sealed record IndicatorSet(
    IndicatorSettings Settings,
    CountryModalityTable Table,
    IReadOnlyList<HeadlineRow> Headline,
    YearlyCounts Yearly,
    IReadOnlyList<GrowthEstimate> Growth,
    GrowthEstimate WorldGrowth,
    double GrowthMinimum,
    IReadOnlyList<RcaEstimate> Specialisation,
    double RcaMinimum)
{
    /// <summary>Bootstrap replicates behind the intervals; 0 when intervals are exact (no bootstrap).</summary>
    public int Replicates { get; init; }

    public ulong Seed { get; init; }

    /// <summary>The world's Any corrected for classifier error, when propagated.</summary>
    public Estimate? WorldCorrected { get; init; }

    /// <summary>The accuracies propagated into the counts; empty when none was.</summary>
    public IReadOnlyList<LabelAccuracy> Propagated { get; init; } = [];

    public static IndicatorSet Measure(
        IReadOnlyList<MeasuredPaper> papers, IndicatorSettings settings, Bootstrap? bootstrap = null, ClassifierError? error = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.GrowthTo <= settings.GrowthFrom)
        {
            throw new ArgumentException($"the growth window needs a start year before its end year (got {settings.GrowthFrom} → {settings.GrowthTo})", nameof(settings));
        }

        // Only located AI papers count anywhere: the bootstrap resamples them alone.
        MeasuredPaper[] located = [.. papers.Where(p => p.IsAi && p.Countries.Count > 0)];
        CountryModalityTable table = CountryModalityTable.Measure(papers, settings.Years, settings.Counting);
        YearlyCounts yearly = YearlyCounts.Measure(located, settings.Counting);
        double growthMinimum = settings.GrowthMinimum ?? MinimumVolume.Growth(yearly.World.GetValueOrDefault(settings.GrowthFrom));
        IReadOnlyList<GrowthRow> growth = GrowthMeasure.Measure(yearly, settings.GrowthFrom, settings.GrowthTo, growthMinimum);
        double worldAi = located.Where(p => settings.Years.Contains(p.Year)).Sum(p => p.WorldWeight(settings.Counting));
        double rcaMinimum = settings.RcaMinimum ?? MinimumVolume.Specialisation(worldAi);
        // A label that no paper of the window carries has no RCA at all: its rows are left out.
        List<SpecialisationRow> rca = [.. SpecialisationMeasure.Measure(located, settings.Labels, settings.Years, settings.Counting, rcaMinimum).Where(r => r.WorldLabel > 0)];

        var statistic = new IndicatorStatistic(settings, [.. table.Rows.Select(r => r.Country)], [.. growth.Select(g => g.Country)], [.. rca.Select(r => (r.Label, r.Country))], error, located);
        IReadOnlyDictionary<string, Estimate> estimates = bootstrap is null
            ? statistic.Measure(located, Bootstrap.PointEstimate).ToDictionary(kv => kv.Key, kv => Estimate.Exact(kv.Value), StringComparer.Ordinal)
            : bootstrap.Intervals(located, statistic.Measure);

        List<HeadlineRow> headline = [.. table.Rows.Select(r => new HeadlineRow(
            r.Country,
            estimates[IndicatorKeys.Rank(r.Country)],
            r.Image,
            r.Sound,
            r.Text,
            estimates[IndicatorKeys.Any(r.Country)],
            estimates[IndicatorKeys.Share(r.Country)])
        {
            Corrected = error is null ? null : estimates[IndicatorKeys.Corrected(r.Country)],
        })];

        GrowthEstimate worldGrowth = Exact(GrowthMeasure.World(yearly, settings.GrowthFrom, settings.GrowthTo));
        if (estimates.TryGetValue(IndicatorKeys.PercentChange(CountryModalityTable.WorldLabel), out Estimate worldChange))
        {
            worldGrowth = worldGrowth with { PercentChange = worldChange, Cagr = estimates[IndicatorKeys.Cagr(CountryModalityTable.WorldLabel)] };
        }

        return new IndicatorSet(
            settings,
            table,
            headline,
            yearly,
            [.. growth.Select(g => new GrowthEstimate(g.Country, g.Start, g.End, estimates[IndicatorKeys.PercentChange(g.Country)], estimates[IndicatorKeys.Cagr(g.Country)]))],
            worldGrowth,
            growthMinimum,
            [.. rca.Select(r => new RcaEstimate(r, estimates[IndicatorKeys.Rca(r.Label, r.Country)]))],
            rcaMinimum)
        {
            Replicates = bootstrap?.Replicates ?? 0,
            Seed = bootstrap?.Seed ?? 0,
            WorldCorrected = error is null ? null : estimates[IndicatorKeys.Corrected(CountryModalityTable.WorldLabel)],
            Propagated = error?.Labels ?? [],
        };
    }

    private static GrowthEstimate Exact(GrowthRow row) => new(
        row.Country,
        row.Start,
        row.End,
        Estimate.Exact(row.PercentChange ?? double.NaN),
        Estimate.Exact(row.Cagr is double c ? 100 * c : double.NaN));
}
