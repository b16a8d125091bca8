namespace Aici.Core.Measure;

/// <summary>
/// Bootstrap intervals for any indicator: the papers are resampled with replacement (as many as there are), the
/// indicator is measured on each resample, and each of its values gets the percentile interval of its replicates.
/// Seeded: replicate r draws from its own generator seeded by (seed, r), so results do not depend on threads or order.
/// </summary>
public sealed class Bootstrap
{
    /// <summary>The replicate number a statistic is given when measured on the papers themselves.</summary>
    public const int PointEstimate = -1;

    public Bootstrap(int replicates, ulong seed, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "the interval level must lie between 0 and 1");
        }

        Replicates = replicates;
        Seed = seed;
        Level = level;
    }

    public int Replicates { get; }

    public ulong Seed { get; }

    public double Level { get; }

    /// <summary>
    /// Measures <paramref name="statistic"/> (keyed values, such as "US any" → 3,208) on the papers and on each
    /// resample; returns each key's estimate and interval. A key missing from a resample counts as 0 there.
    /// </summary>
    public IReadOnlyDictionary<string, Estimate> Intervals(
        IReadOnlyList<MeasuredPaper> papers, Func<IReadOnlyList<MeasuredPaper>, IReadOnlyDictionary<string, double>> statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return Intervals(papers, (sample, _) => statistic(sample));
    }

    /// <summary>
    /// As <see cref="Intervals(IReadOnlyList{MeasuredPaper}, Func{IReadOnlyList{MeasuredPaper}, IReadOnlyDictionary{string, double}})"/>,
    /// with the replicate's number handed to the statistic (<see cref="PointEstimate"/> for the papers themselves), so that
    /// it can draw its own seeded randomness per replicate (classifier error, for one). A replicate whose value is not a
    /// finite number (a growth rate from a start of 0) is left out of that key's interval.
    /// </summary>
    public IReadOnlyDictionary<string, Estimate> Intervals(
        IReadOnlyList<MeasuredPaper> papers, Func<IReadOnlyList<MeasuredPaper>, int, IReadOnlyDictionary<string, double>> statistic)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(statistic);
        IReadOnlyDictionary<string, double> point = statistic(papers, PointEstimate);
        var replicates = point.Keys.ToDictionary(k => k, _ => new double[Replicates], StringComparer.Ordinal);
        Parallel.For(0, Replicates, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r =>
        {
            IReadOnlyDictionary<string, double> values = statistic(Resample(papers, r), r);
            foreach ((string key, double[] series) in replicates)
            {
                series[r] = values.GetValueOrDefault(key);
            }
        });

        return point.ToDictionary(
            kv => kv.Key,
            kv => new Estimate(kv.Value, Interval.Percentile([.. replicates[kv.Key].Where(double.IsFinite)], kv.Value, Level)),
            StringComparer.Ordinal);
    }

    /// <summary>Replicate <paramref name="replicate"/>'s resample: as many papers as given, drawn with replacement.</summary>
    public IReadOnlyList<MeasuredPaper> Resample(IReadOnlyList<MeasuredPaper> papers, int replicate)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var random = new SplitMix64(SplitMix64.Mix(Seed ^ SplitMix64.Mix((ulong)replicate + 1)));
        var sample = new MeasuredPaper[papers.Count];
        for (int i = 0; i < sample.Length; i++)
        {
            sample[i] = papers[random.Below(papers.Count)];
        }

        return sample;
    }
}
