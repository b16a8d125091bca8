using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

/// <summary>Every indicator on the tiny corpus equals the value worked out by hand in the comments.</summary>
public sealed class IndicatorGoldenTests
{
    private static readonly MeasuredPaper[] Papers = TinyCorpus.Papers;

    [Fact]
    public void Country_modality_table_whole_counting()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All, Counting.Whole);
        // GB: AI papers 1,5,6,12,13,18,20 (11 is not AI): all image; text 5.       → 7, 0, 1, 7
        // US: 2,3,5,8,9,14,18: image 2,5,18; sound 9; text 3,5,8,9,14.             → 3, 1, 5, 7
        // CN: 4,7,9,15,16: image 7,15,16; sound 4,9,16; text 9.                      → 3, 3, 1, 5
        // FR: 10,17,18: image 18; text 17; 10 has no modality.                       → 1, 0, 1, 2
        // GB and US tie on any (7): code order puts GB first.
        Assert.Equal(
            [new("GB", 7, 0, 1, 7), new("US", 3, 1, 5, 7), new("CN", 3, 3, 1, 5), new CountryModalityRow("FR", 1, 0, 1, 2)],
            t.Rows);
        // World: the 18 located AI papers once each (19 is unlocated): image 11, sound 3, text 6, any 17 (all but 10).
        Assert.Equal(new CountryModalityRow("World", 11, 3, 6, 17), t.World);
        Assert.Equal(19, t.AiPapers);
        Assert.Equal(1, t.UnlocatedAiPapers);
    }

    [Fact]
    public void The_union_is_below_the_sum_of_modalities_where_papers_carry_several()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All, Counting.Whole);
        CountryModalityRow us = t.Rows.Single(r => r.Country == "US");
        Assert.Equal(9, us.Image + us.Sound + us.Text);
        Assert.Equal(7, us.Any);
    }

    [Fact]
    public void Country_modality_table_fractional_counting()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All, Counting.Fractional);
        // GB: 1 + .5 + 1 + 1 + 1 + .25 + 1 = 5.75, all image; text .5 (paper 5).
        // US: 1 + 1 + .5 + 1 + .5 + 1 + .5 = 5.5; image 2 + 5 + 18 = 1 + .5 + .5 = 2; sound 9 = .5;
        //     text 3 + 5 + 8 + 9 + 14 = 1 + .5 + 1 + .5 + 1 = 4.
        // CN: 1 + 1 + .5 + 1 + 1 = 4.5; image 7,15,16 = 3; sound 4,9,16 = 2.5; text 9 = .5.
        // FR: 10 + 17 + 18 = 1 + 1 + .25; image .25; text 1; any 1.25.
        Assert.Equal(
            [new("GB", 5.75, 0, 0.5, 5.75), new("US", 2, 0.5, 4, 5.5), new("CN", 3, 2.5, 0.5, 4.5), new CountryModalityRow("FR", 0.25, 0, 1, 1.25)],
            t.Rows);
        // Fractional rows add up to the world row: 5.75 + 5.5 + 4.5 + 1.25 = 17.
        Assert.Equal(new CountryModalityRow("World", 11, 3, 6, 17), t.World);
    }

    [Fact]
    public void Year_window_restricts_the_table()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, new YearRange(2019, 2019), Counting.Whole);
        // 2019: GB 12,13,18; US 14,18; CN 15,16; FR 17,18.
        Assert.Equal(["GB", "CN", "FR", "US"], t.Rows.Select(r => r.Country));
        Assert.Equal(new CountryModalityRow("GB", 3, 0, 0, 3), t.Rows[0]);
        Assert.Equal(new CountryModalityRow("CN", 2, 1, 0, 2), t.Rows[1]);
    }

    [Fact]
    public void Yearly_counts()
    {
        YearlyCounts y = YearlyCounts.Measure(Papers, Counting.Whole);
        // GB: 2016 → 20; 2017 → 1, 5; 2018 → 6; 2019 → 12, 13, 18.
        Assert.Equal(new Dictionary<int, double> { [2016] = 1, [2017] = 2, [2018] = 1, [2019] = 3 }, y.ByCountry["GB"]);
        Assert.Equal(new Dictionary<int, double> { [2017] = 3, [2018] = 2, [2019] = 2 }, y.ByCountry["US"]);
        // World: 2016 → 20; 2017 → 1–5; 2018 → 6–10; 2019 → 12–18 (19 is unlocated).
        Assert.Equal(new Dictionary<int, double> { [2016] = 1, [2017] = 5, [2018] = 5, [2019] = 7 }, y.World);
        YearlyCounts f = YearlyCounts.Measure(Papers, Counting.Fractional);
        Assert.Equal(2.5, f.Of("US", 2017), 12); // papers 2, 3, 5: 1 + 1 + .5
    }

    [Fact]
    public void Growth_percentage_change_and_cagr_2017_to_2019()
    {
        YearlyCounts y = YearlyCounts.Measure(Papers, Counting.Whole);
        IReadOnlyList<GrowthRow> rows = Growth.Measure(y, 2017, 2019, minimum: 1);
        // CN 1 → 2: +100%, CAGR √2 − 1; GB 2 → 3: +50%, CAGR √1.5 − 1; US 3 → 2: −33.3%, CAGR √(2/3) − 1.
        // FR has no 2017 paper: no growth can be computed.
        Assert.Equal(["CN", "GB", "US"], rows.Select(r => r.Country));
        Assert.Equal(100, rows[0].PercentChange!.Value, 9);
        Assert.Equal(0.414213562, rows[0].Cagr!.Value, 9);
        Assert.Equal(50, rows[1].PercentChange!.Value, 9);
        Assert.Equal(0.224744871, rows[1].Cagr!.Value, 9);
        Assert.Equal(-33.333333333, rows[2].PercentChange!.Value, 9);
        Assert.Equal(-0.183503419, rows[2].Cagr!.Value, 9);
        // The world: 5 → 7, +40%, CAGR √1.4 − 1.
        GrowthRow world = Growth.World(y, 2017, 2019);
        Assert.Equal(40, world.PercentChange!.Value, 9);
        Assert.Equal(0.183215957, world.Cagr!.Value, 9);
    }

    [Fact]
    public void Growth_leaves_out_countries_below_the_minimum_volume() =>
        Assert.Equal(["GB", "US"], Growth.Measure(YearlyCounts.Measure(Papers, Counting.Whole), 2017, 2019, minimum: 2).Select(r => r.Country));

    [Fact]
    public void Rca_whole_counting_2017_to_2019()
    {
        IReadOnlyList<SpecialisationRow> rows = Specialisation.Measure(
            Papers, ["gan", "style_transfer"], new YearRange(2017, 2019), Counting.Whole, minimum: 1);
        // World 2017–2019: 17 located AI papers (1–10, 12–18); GAN papers 1, 6, 7, 12, 15 → 5; style transfer 5, 12, 17 → 3.
        // GB: AI 1, 5, 6, 12, 13, 18 → 6; GAN 1, 6, 12 → 3: RCA = (3/6) / (5/17) = 1.7.
        // CN: AI 4, 7, 9, 15, 16 → 5; GAN 7, 15 → 2: RCA = (2/5) / (5/17) = 1.36.
        SpecialisationRow[] gan = [.. rows.Where(r => r.Label == "gan")];
        Assert.Equal(["GB", "CN", "FR", "US"], gan.Select(r => r.Country));
        Assert.Equal(1.7, gan[0].Rca, 12);
        Assert.Equal(1.36, gan[1].Rca, 12);
        Assert.Equal(0, gan[2].Rca);
        // Style transfer: GB (2/6) / (3/17) = 17/9; FR (1/3) / (3/17) = 17/9 (tie, code order); US (1/7) / (3/17) = 17/21.
        SpecialisationRow[] style = [.. rows.Where(r => r.Label == "style_transfer")];
        Assert.Equal(["FR", "GB", "US", "CN"], style.Select(r => r.Country));
        Assert.Equal(17.0 / 9, style[0].Rca, 12);
        Assert.Equal(17.0 / 9, style[1].Rca, 12);
        Assert.Equal(17.0 / 21, style[2].Rca, 12);
    }

    [Fact]
    public void Rca_fractional_counting_and_the_minimum_count_rule()
    {
        IReadOnlyList<SpecialisationRow> rows = Specialisation.Measure(
            Papers, ["gan"], new YearRange(2017, 2019), Counting.Fractional, minimum: 4);
        // GB AI = 1 + .5 + 1 + 1 + 1 + .25 = 4.75; GAN = 3; world AI 17, GAN 5: RCA = (3/4.75) / (5/17) = 2.147368…
        // CN AI = 1 + 1 + .5 + 1 + 1 = 4.5 ≥ 4; FR (2.25) is below the minimum and left out.
        Assert.Equal(["GB", "CN", "US"], rows.Select(r => r.Country));
        Assert.Equal(3 / 4.75 / (5.0 / 17), rows[0].Rca, 12);
        Assert.Equal(2 / 4.5 / (5.0 / 17), rows[1].Rca, 12);
    }

    [Fact]
    public void Ranks_share_the_best_place_on_ties()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All, Counting.Whole);
        Dictionary<string, int> ranks = Ranks.Descending(t.Rows.Select(r => KeyValuePair.Create(r.Country, r.Any)));
        Assert.Equal(new Dictionary<string, int> { ["GB"] = 1, ["US"] = 1, ["CN"] = 3, ["FR"] = 4 }, ranks);
    }
}
