using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class BootstrapTests
{
    private static IReadOnlyDictionary<string, double> AnyAndRank(IReadOnlyList<MeasuredPaper> papers)
    {
        CountryModalityTable t = CountryModalityTable.Measure(papers, YearRange.All, Counting.Whole);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        string[] countries = ["CN", "FR", "GB", "US"];
        Dictionary<string, int> ranks = Ranks.Descending(countries.Select(c => KeyValuePair.Create(c, t.Rows.FirstOrDefault(r => r.Country == c)?.Any ?? 0)));
        foreach (string c in countries)
        {
            values[c + " any"] = t.Rows.FirstOrDefault(r => r.Country == c)?.Any ?? 0;
            values[c + " rank"] = ranks[c];
        }

        return values;
    }

    [Fact]
    public void Intervals_are_reproducible_with_a_fixed_seed_and_contain_the_estimate()
    {
        var bootstrap = new Bootstrap(replicates: 500, seed: 42);
        IReadOnlyDictionary<string, Estimate> first = bootstrap.Intervals(TinyCorpus.Papers, AnyAndRank);
        IReadOnlyDictionary<string, Estimate> again = new Bootstrap(500, 42).Intervals(TinyCorpus.Papers, AnyAndRank);
        Assert.Equal(first.OrderBy(kv => kv.Key, StringComparer.Ordinal), again.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        foreach ((string key, Estimate estimate) in first)
        {
            Assert.True(estimate.Interval.Contains(estimate.Value), $"{key}: {estimate.Value} outside {estimate.Interval}");
        }

        Assert.Equal(7, first["GB any"].Value);
        Assert.True(first["GB any"].Interval.Low < 7 && first["GB any"].Interval.High > 7, first["GB any"].Interval.ToString());
        Assert.Equal(1, first["GB rank"].Value);
        Assert.True(first["FR rank"].Interval.High >= first["FR rank"].Interval.Low);
    }

    [Fact]
    public void Another_seed_gives_other_replicates()
    {
        var a = new Bootstrap(50, 1);
        var b = new Bootstrap(50, 2);
        Assert.NotEqual(a.Resample(TinyCorpus.Papers, 0).Select(p => p.Key), b.Resample(TinyCorpus.Papers, 0).Select(p => p.Key));
        Assert.Equal(a.Resample(TinyCorpus.Papers, 3).Select(p => p.Key), new Bootstrap(50, 1).Resample(TinyCorpus.Papers, 3).Select(p => p.Key));
    }

    [Fact]
    public void Percentile_interval_by_hand()
    {
        // 0..100 in steps of 1: the 2.5th and 97.5th percentiles are 2.5 and 97.5.
        double[] replicates = [.. Enumerable.Range(0, 101).Select(i => (double)i)];
        Interval middle = Interval.Percentile(replicates, 50);
        Assert.Equal(2.5, middle.Low, 9);
        Assert.Equal(97.5, middle.High, 9);
        Interval widened = Interval.Percentile(replicates, -1); // widened to hold the estimate
        Assert.Equal(-1, widened.Low);
        Assert.Equal(97.5, widened.High, 9);
        Interval ninety = Interval.Percentile(replicates, 50, level: 0.9);
        Assert.Equal(5, ninety.Low, 9);
        Assert.Equal(95, ninety.High, 9);
    }
}
