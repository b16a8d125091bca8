using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Tests;

public sealed class CountryModalityTableTests
{
    private static MeasuredPaper P(string key, int year, bool ai, Modalities m, params string[] countries) =>
        new(key, year, ai, m, [.. countries.Select(c => new CountryShare(new CountryCode(c), 1.0 / countries.Length))]);

    private static readonly MeasuredPaper[] Papers =
    [
        P("a", 2018, true, Modalities.Image | Modalities.Text, "GB", "US"),
        P("b", 2019, true, Modalities.Image, "GB"),
        P("c", 2019, true, Modalities.Sound, "US"),
        P("d", 2019, true, Modalities.Text, "US", "CN"),
        P("e", 2020, true, Modalities.Image | Modalities.Sound | Modalities.Text, "CN"),
        P("f", 2019, false, Modalities.Image, "GB"),
        P("g", 2019, true, Modalities.None, "GB"),
        P("h", 2019, true, Modalities.Image),
    ];

    [Fact]
    public void The_union_counts_a_paper_with_several_modalities_once()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All);
        CountryModalityRow gb = t.Rows.Single(r => r.Country == "GB");
        Assert.Equal(new CountryModalityRow("GB", Image: 2, Sound: 0, Text: 1, Any: 2), gb);
        CountryModalityRow cn = t.Rows.Single(r => r.Country == "CN");
        Assert.Equal(new CountryModalityRow("CN", 1, 1, 2, 2), cn);
        Assert.True(cn.Image + cn.Sound + cn.Text > cn.Any);
    }

    [Fact]
    public void Whole_counting_puts_a_paper_in_each_of_its_countries_and_once_in_the_world()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All);
        Assert.Equal(new CountryModalityRow("US", 1, 1, 2, 3), t.Rows.Single(r => r.Country == "US"));
        Assert.Equal(new CountryModalityRow(CountryModalityTable.WorldLabel, 3, 2, 3, 5), t.World);
        Assert.Equal(7, t.AiPapers);
        Assert.Equal(1, t.UnlocatedAiPapers);
    }

    [Fact]
    public void Rows_are_sorted_by_the_union_then_by_code() =>
        Assert.Equal(["US", "CN", "GB"], CountryModalityTable.Measure(Papers, YearRange.All).Rows.Select(r => r.Country));

    [Fact]
    public void A_year_range_keeps_only_papers_inside_it()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, new YearRange(2019, 2019));
        Assert.Equal(["US", "CN", "GB"], t.Rows.Select(r => r.Country));
        Assert.Equal(new CountryModalityRow("US", 0, 1, 1, 2), t.Rows[0]);
        Assert.Equal(new CountryModalityRow("GB", 1, 0, 0, 1), t.Rows[2]);
    }

    [Fact]
    public void Fractional_counting_shares_each_paper_so_country_rows_add_up_to_the_world()
    {
        CountryModalityTable t = CountryModalityTable.Measure(Papers, YearRange.All, Counting.Fractional);
        // a: GB 0.5, US 0.5 (image, text); b: GB 1 (image); c: US 1 (sound); d: US 0.5, CN 0.5 (text); e: CN 1 (all three)
        Assert.Equal(new CountryModalityRow("US", 0.5, 1, 1, 2), t.Rows.Single(r => r.Country == "US"));
        Assert.Equal(new CountryModalityRow("GB", 1.5, 0, 0.5, 1.5), t.Rows.Single(r => r.Country == "GB"));
        Assert.Equal(new CountryModalityRow("CN", 1, 1, 1.5, 1.5), t.Rows.Single(r => r.Country == "CN"));
        Assert.Equal(new CountryModalityRow(CountryModalityTable.WorldLabel, 3, 2, 3, 5), t.World);
        Assert.Equal(t.World.Any, t.Rows.Sum(r => r.Any), 9);
        Assert.Equal(Counting.Fractional, t.Counting);
    }

    [Fact]
    public void Papers_without_a_year_fall_outside_any_closed_range()
    {
        MeasuredPaper undated = new("x", null, true, Modalities.Image, [new CountryShare(new CountryCode("FR"), 1)]);
        Assert.Empty(CountryModalityTable.Measure([undated], new YearRange(2015, null)).Rows);
        Assert.Single(CountryModalityTable.Measure([undated], YearRange.All).Rows);
    }
}
