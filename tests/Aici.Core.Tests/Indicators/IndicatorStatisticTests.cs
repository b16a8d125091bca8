using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class IndicatorStatisticTests
{
    private static readonly string[] Countries = ["CN", "DE", "FR", "GB", "JP", "US", "ZZ"];

    private static List<MeasuredPaper> RandomPapers(int seed, int count)
    {
        var random = new Random(seed);
        string[] labels = ["gan", "style_transfer", "diffusion", "image", "text", "llm"];
        IReadOnlySet<string>[] shared = [new HashSet<string>(), new HashSet<string> { "gan" }, new HashSet<string> { "diffusion", "image" }];
        var papers = new List<MeasuredPaper>();
        for (int i = 0; i < count; i++)
        {
            string[] located = [.. Countries[..6].Where(_ => random.Next(4) == 0)];
            double[] weights = [.. located.Select(_ => random.Next(1, 5) / 7.0)];
            papers.Add(new MeasuredPaper(
                $"w{i}",
                random.Next(12) == 0 ? null : 2015 + random.Next(9),
                random.Next(6) > 0,
                (Modalities)random.Next(8),
                [.. located.Select((c, k) => new CountryShare(new CountryCode(c), weights[k]))])
            {
                Labels = random.Next(3) == 0 ? labels.Where(_ => random.Next(3) == 0).ToHashSet(StringComparer.Ordinal) : shared[random.Next(shared.Length)],
            });
        }

        return papers;
    }

    [Theory]
    [InlineData(Counting.Whole, false)]
    [InlineData(Counting.Fractional, false)]
    [InlineData(Counting.Fractional, true)]
    public void Prepared_sums_give_the_values_of_the_indicators_own_measures_to_the_last_bit(Counting counting, bool window)
    {
        List<MeasuredPaper> papers = RandomPapers(20261125, 1_500);
        var settings = new IndicatorSettings
        {
            Counting = counting,
            Years = window ? new YearRange(2016, 2021) : YearRange.All,
            GrowthFrom = 2016,
            GrowthTo = 2020,
            Labels = ["gan", "style_transfer", "diffusion", "image", "sound", "llm"],
        };
        (string, string)[] rca = [.. settings.Labels.SelectMany(l => Countries.Select(c => (l, c)))];
        var statistic = new IndicatorStatistic(settings, Countries, Countries, rca, error: null, papers);
        var bootstrap = new Bootstrap(5, 99);
        for (int replicate = Bootstrap.PointEstimate; replicate < 5; replicate++)
        {
            IReadOnlyList<MeasuredPaper> sample = replicate < 0 ? papers : bootstrap.Resample(papers, replicate);

            // copies of the same papers are not prepared: they are measured by CountryModalityTable, YearlyCounts
            // and Specialisation themselves
            MeasuredPaper[] copies = [.. sample.Select(p => p with { })];
            IReadOnlyDictionary<string, double> prepared = statistic.Measure(sample, replicate);
            IReadOnlyDictionary<string, double> measured = statistic.Measure(copies, replicate);
            Assert.Equal(measured.Keys, prepared.Keys);
            foreach ((string key, double value) in measured)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(prepared[key]), $"{key}: {value:R} measured, {prepared[key]:R} prepared");
            }

            Assert.Contains(prepared, kv => kv.Key.StartsWith("rca|", StringComparison.Ordinal) && double.IsFinite(kv.Value) && kv.Value > 0);
            Assert.Contains(prepared, kv => kv.Key.StartsWith("growth|", StringComparison.Ordinal) && double.IsFinite(kv.Value));
        }
    }
}
