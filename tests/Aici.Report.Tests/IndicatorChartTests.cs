using System.Text.RegularExpressions;

using Aici.Core.Measure;

namespace Aici.Report.Tests;

public sealed partial class IndicatorChartTests
{
    [Fact]
    public void Negative_bars_grow_left_and_their_labels_stay_clear_of_the_country_names()
    {
        var chart = new BarChart("t", "Growth", "Subtitle", [
            new("Ireland", 120, new Interval(90, 150), false, "+120% (+90 to +150)"),
            new("United Kingdom", -40, new Interval(-60, -10), true, "\u221240% (\u221260 to \u221210)"),
        ], "Note") { Reference = 20, ReferenceLabel = "World: +20%" };
        string svg = RankedBarsSvg.Render(chart);

        Assert.Equal(2, Regex.Count(svg, "<rect class=\"bar\""));
        Assert.Contains("fill=\"#D55E00\"", svg, StringComparison.Ordinal);
        Match label = Regex.Match(svg, "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"12\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#1F2937\">\u221240%");
        Assert.True(label.Success, svg);
        double end = double.Parse(label.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        double labelWidth = TextWidth.Of("\u221240% (\u221260 to \u221210)", 12, bold: true);
        double namesEnd = 20 + TextWidth.Of("United Kingdom", 13, bold: true) + 10;
        Assert.True(end - labelWidth >= namesEnd - 0.5, $"label from {end - labelWidth} overlaps the names ending at {namesEnd}");
        Assert.Contains("World: +20%", svg, StringComparison.Ordinal);
        Assert.Equal(svg, RankedBarsSvg.Render(chart));
    }

    [Fact]
    public void An_empty_bar_chart_says_why()
    {
        string svg = RankedBarsSvg.Render(new BarChart("t", "Growth", "Sub", [], "Note") { Empty = "No country has enough papers." });
        Assert.Contains("No country has enough papers.", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"bar\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_with_no_country_has_no_count_in_its_title_and_a_slide_that_says_why()
    {
        var settings = new IndicatorSettings();
        IndicatorSet set = IndicatorSet.Measure([], settings, null);
        var results = new IndicatorResults(set, SensitivityTable.Measure([], settings.Years, settings.Counting));
        BarChart growth = IndicatorCharts.Growth(results);
        Assert.Empty(growth.Rows);

        // "the 0 largest countries" was the title of an empty chart
        Assert.DoesNotContain("the 0", growth.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("the 0", IndicatorCharts.Headline(results).Title, StringComparison.Ordinal);

        // the reason, cut into lines that fit the slide (one line ran off its edge), every word kept
        IReadOnlyList<string> lines = TextWrap.Lines(growth.Empty, SlideCharts.EmptyMessageWidth, SlideCharts.EmptyMessageFontSize);
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(TextWidth.Of(line, SlideCharts.EmptyMessageFontSize) <= SlideCharts.EmptyMessageWidth, line));
        Assert.Equal(growth.Empty, string.Join(' ', lines));
        byte[] png = SlideCharts.Png(growth);
        Assert.Equal(SlideCharts.Width, ReadInt(png, 16));
        Assert.Equal(png, SlideCharts.Png(growth));
    }

    [Fact]
    public void End_labels_are_moved_apart_and_kept_in_the_plot()
    {
        double[] placed = LineChartSvg.EndBaselines([100, 101, 102, 300], min: 50, max: 305);
        Assert.Equal(100, placed[0]);
        Assert.Equal(115, placed[1]);
        Assert.Equal(130, placed[2]);
        Assert.Equal(300, placed[3]);
        double[] squeezed = LineChartSvg.EndBaselines([300, 300, 300], min: 50, max: 305);
        Assert.Equal([275.0, 290, 305], squeezed);
    }

    [Theory]
    [InlineData(3_208, 1_000, 4)]
    [InlineData(7, 2, 4)]
    [InlineData(0.5, 1, 1)]
    [InlineData(151, 50, 4)]
    public void The_y_scale_takes_round_steps(double max, double step, int ticks) =>
        Assert.Equal((step, ticks), LineChartSvg.Scale(max));

    [Fact]
    public void Years_are_thinned_so_that_their_labels_do_not_touch()
    {
        int[] years = [.. Enumerable.Range(1990, 36)];
        var chart = new LineChart("t", "Title", "Sub", years, [new("United Kingdom", [.. years.Select(y => (double)(y - 1989))], OkabeIto.Vermillion, true)], "Note");
        string svg = LineChartSvg.Render(chart);
        Assert.Contains(">2025</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">2024</text>", svg, StringComparison.Ordinal);
        Assert.Contains("stroke-width=\"4\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uk_is_highlighted_in_every_indicator_chart()
    {
        IndicatorResults results = SampleIndicators.Realistic(replicates: 0);
        foreach (BarChart chart in new[] { IndicatorCharts.Headline(results), IndicatorCharts.Growth(results), IndicatorCharts.Rca(results, "gan"), IndicatorCharts.Rca(results, "style_transfer") })
        {
            Assert.Single(chart.Rows, r => r.Highlight);
            Assert.Equal("United Kingdom", chart.Rows.Single(r => r.Highlight).Label);
        }

        LineChart yearly = IndicatorCharts.Yearly(results);
        Assert.Equal("United Kingdom", yearly.Series.Single(s => s.Highlight).Label);
        Assert.Equal([2015, 2016, 2017, 2018, 2019, 2020], yearly.Years);
    }

    [Fact]
    public void Each_bar_chart_names_what_its_bars_measure()
    {
        IndicatorResults results = SampleIndicators.Realistic(countries: 12, replicates: 20);

        // the headline counts papers: its slide's axis once said "% change", the growth chart's unit
        Assert.Equal("AI papers", IndicatorCharts.Headline(results).ValueAxis);
        Assert.Equal("% change", IndicatorCharts.Growth(results).ValueAxis);
        Assert.Equal("RCA", IndicatorCharts.Rca(results, IndicatorSettings.Gan).ValueAxis);
        Assert.NotEqual(SlideCharts.Png(IndicatorCharts.Headline(results)), SlideCharts.Png(IndicatorCharts.Headline(results) with { ValueAxis = "% change" }));
    }

    [Fact]
    public void Slide_pngs_are_16_by_9_and_the_same_chart_gives_the_same_bytes()
    {
        IndicatorResults results = SampleIndicators.Realistic(countries: 12, replicates: 20);
        byte[] bars = SlideCharts.Png(IndicatorCharts.Growth(results));
        byte[] again = SlideCharts.Png(IndicatorCharts.Growth(results));
        byte[] lines = SlideCharts.Png(IndicatorCharts.Yearly(results));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bars[..4]);
        Assert.Equal(bars, again);
        Assert.Equal(SlideCharts.Width, ReadInt(bars, 16));
        Assert.Equal(SlideCharts.Height, ReadInt(lines, 20));
        Assert.True(SlideCharts.HasFonts || !File.Exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    private static int ReadInt(byte[] png, int offset) =>
        (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
}
