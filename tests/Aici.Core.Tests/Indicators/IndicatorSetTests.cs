using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

/// <summary>The indicator set on the tiny corpus: the same values as the single indicators, with shares, ranks and intervals.</summary>
public sealed class IndicatorSetTests
{
    private static readonly IndicatorSettings Settings = new() { GrowthFrom = 2017, GrowthTo = 2019, GrowthMinimum = 1, RcaMinimum = 1 };

    [Fact]
    public void Headline_rows_have_shares_and_competition_ranks()
    {
        IndicatorSet set = IndicatorSet.Measure(TinyCorpus.Papers, Settings);
        // Any: GB 7, US 7, CN 5, FR 2 of the world's 17; GB and US tie for rank 1.
        Assert.Equal(["GB", "US", "CN", "FR"], set.Headline.Select(r => r.Country));
        Assert.Equal([1.0, 1, 3, 4], set.Headline.Select(r => r.Rank.Value));
        Assert.Equal(100.0 * 7 / 17, set.Headline[0].Share.Value, 12);
        Assert.Equal(100.0 * 2 / 17, set.Headline[3].Share.Value, 12);
        Assert.Equal(new HeadlineRow("CN", Estimate.Exact(3), 3, 3, 1, Estimate.Exact(5), Estimate.Exact(100.0 * 5 / 17)), set.Headline[2]);
        Assert.Equal(0, set.Replicates);
        Assert.Null(set.Headline[0].Corrected);
    }

    [Fact]
    public void Growth_and_cagr_in_percent_as_computed_by_hand()
    {
        IndicatorSet set = IndicatorSet.Measure(TinyCorpus.Papers, Settings);
        // CN 1 → 2: +100%, CAGR √2 − 1 = 41.42%; GB 2 → 3: +50%; US 3 → 2: −33.3%. World 5 → 7: +40%, CAGR 18.32%.
        Assert.Equal(["CN", "GB", "US"], set.Growth.Select(g => g.Country));
        Assert.Equal(100, set.Growth[0].PercentChange.Value, 9);
        Assert.Equal(41.4213562, set.Growth[0].Cagr.Value, 6);
        Assert.Equal(-33.333333333, set.Growth[2].PercentChange.Value, 9);
        Assert.Equal(40, set.WorldGrowth.PercentChange.Value, 9);
        Assert.Equal(18.3215957, set.WorldGrowth.Cagr.Value, 6);
        Assert.Equal(1, set.GrowthMinimum);
    }

    [Fact]
    public void Rca_for_every_label_in_the_window()
    {
        IndicatorSet set = IndicatorSet.Measure(TinyCorpus.Papers, Settings with { Years = new YearRange(2017, 2019) });
        // GB GAN: (3/6) / (5/17) = 1.7; CN GAN: (2/5) / (5/17) = 1.36 (see IndicatorGoldenTests).
        RcaEstimate gbGan = set.Specialisation.Single(r => r.Label == "gan" && r.Country == "GB");
        Assert.Equal(1.7, gbGan.Rca.Value, 12);
        Assert.Equal(1.36, set.Specialisation.Single(r => r.Label == "gan" && r.Country == "CN").Rca.Value, 12);
        // A row per country for each label some paper carries (GAN, style transfer and the three modalities); the
        // other techniques have no paper here, hence no RCA.
        Assert.Equal(5 * 4, set.Specialisation.Count);
        Assert.Equal(["gan", "style_transfer", "image", "sound", "text"], set.Specialisation.Select(r => r.Label).Distinct());
        // Image: GB's 6 AI papers in 2017–2019 are all image (1, 5, 6, 12, 13, 18); the world's image papers are
        // 1, 2, 5, 6, 7, 12, 13, 15, 16, 18 → 10 of 17: RCA = 1 / (10/17) = 1.7.
        Assert.Equal(1.7, set.Specialisation.Single(r => r.Label == "image" && r.Country == "GB").Rca.Value, 12);
    }

    [Fact]
    public void Automatic_minimums_scale_with_the_world_and_stay_within_bounds()
    {
        IndicatorSet set = IndicatorSet.Measure(TinyCorpus.Papers, new IndicatorSettings { GrowthFrom = 2017, GrowthTo = 2019 });
        // The world has 5 papers in 2017 and 18 located AI papers: both minimums take the floor of 5.
        Assert.Equal(5, set.GrowthMinimum);
        Assert.Equal(5, set.RcaMinimum);
        Assert.Empty(set.Growth);
        Assert.Equal(["CN", "GB", "US"], set.Specialisation.Select(r => r.Country).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(30, MinimumVolume.Growth(1_000_000));
        Assert.Equal(12, MinimumVolume.Growth(1_150));
        Assert.Equal(50, MinimumVolume.Specialisation(80_000));
    }

    [Fact]
    public void Intervals_are_reproducible_contain_the_estimate_and_ranks_are_whole()
    {
        IndicatorSet first = IndicatorSet.Measure(TinyCorpus.Papers, Settings, new Bootstrap(300, 7));
        IndicatorSet again = IndicatorSet.Measure(TinyCorpus.Papers, Settings, new Bootstrap(300, 7));
        Assert.Equal(first.Headline, again.Headline);
        Assert.Equal(first.Growth, again.Growth);
        Assert.Equal(first.Specialisation, again.Specialisation);
        Assert.Equal(300, first.Replicates);

        var estimates = first.Headline.SelectMany(r => new[] { r.Rank, r.Any, r.Share })
            .Concat(first.Growth.SelectMany(g => new[] { g.PercentChange, g.Cagr }))
            .Concat(first.Specialisation.Select(r => r.Rca))
            .Append(first.WorldGrowth.PercentChange);
        Assert.All(estimates, e => Assert.True(e.Interval.Contains(e.Value), $"{e.Value} outside {e.Interval}"));
        HeadlineRow gb = first.Headline[0];
        Assert.True(gb.Any.Interval.Low < 7 && gb.Any.Interval.High > 7, gb.Any.Interval.ToString());
        Assert.True(gb.Rank.Interval.High > gb.Rank.Interval.Low, gb.Rank.Interval.ToString());

        IndicatorSet other = IndicatorSet.Measure(TinyCorpus.Papers, Settings, new Bootstrap(300, 8));
        Assert.NotEqual(first.Headline.Select(r => r.Share.Interval), other.Headline.Select(r => r.Share.Interval));
    }
}
