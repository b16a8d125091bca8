using System.Text.RegularExpressions;
using System.Xml.Linq;

using Aici.Core.Measure;

namespace Aici.Report.Tests;

public sealed class BarChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Shows_at_most_15_countries_with_their_names_and_values()
    {
        XElement svg = XElement.Parse(BarChartSvg.Render(SampleReports.Table(SampleReports.Countries)));
        List<XElement> bars = [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar")];
        List<string> texts = [.. svg.Descendants(Svg + "text").Select(t => t.Nodes().OfType<XText>().Aggregate(string.Empty, (a, n) => a + n.Value))];

        Assert.Equal(4 * 15, bars.Count);
        foreach (XElement panel in svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "panel"))
        {
            Assert.Equal(15, panel.Elements(Svg + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        }

        Assert.Contains("United States", texts);
        Assert.Contains("United Kingdom", texts);
        Assert.Contains("South Korea", texts);
        Assert.Contains("Hong Kong", texts);
        Assert.Contains("Italy", texts); // 15th
        Assert.DoesNotContain("Netherlands", texts); // 16th
        Assert.Contains("4,041", texts);
        Assert.Contains("3,319", texts);
        Assert.Contains("Any modality", texts);
        Assert.Contains("Image", texts);
        Assert.Contains("Sound", texts);
        Assert.Contains("Text", texts);
    }

    [Fact]
    public void Is_accessible_standalone_and_legible()
    {
        string text = BarChartSvg.Render(SampleReports.Table(SampleReports.Countries), top: 15, illustrative: true);
        XElement svg = XElement.Parse(text);

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Contains(BarChartSvg.TitleId, (string?)svg.Attribute("aria-labelledby") ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("AI research on image, sound and text", svg.Element(Svg + "title")?.Value, StringComparison.Ordinal);
        Assert.Contains("United States: any 4,041", svg.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
        Assert.Contains("sans-serif", (string?)svg.Attribute("font-family"), StringComparison.Ordinal);
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.True(double.Parse((string)t.Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture) >= 12));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Illustrative demo data \u2014 not real results");
        Assert.Equal(text, BarChartSvg.Render(SampleReports.Table(SampleReports.Countries), top: 15, illustrative: true));
        Assert.DoesNotMatch(@"(?i)href|url\(|@import", text);
    }

    [Fact]
    public void Uses_the_okabe_ito_palette()
    {
        string text = BarChartSvg.Render(SampleReports.Table(SampleReports.Countries));

        foreach (string colour in (string[])["#0072B2", "#E69F00", "#009E73", "#CC79A7"])
        {
            Assert.Contains($"fill=\"{colour}\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Long_names_are_cut_with_the_full_name_as_a_tooltip()
    {
        CountryModalityTable table = SampleReports.Table([("GS", 10, 1, 1, 12), ("CD", 5, 1, 1, 6), ("GB", 1, 0, 0, 1)]);
        XElement svg = XElement.Parse(BarChartSvg.Render(table));
        XElement georgia = svg.Descendants(Svg + "text").Single(t => t.Element(Svg + "title")?.Value == "South Georgia and the South Sandwich Islands");

        Assert.EndsWith("\u2026", georgia.Nodes().OfType<XText>().Single().Value, StringComparison.Ordinal);
        Assert.True(TextWidth.Of(georgia.Nodes().OfType<XText>().Single().Value, 13) <= 210);
    }

    [Fact]
    public void Fewer_rows_and_no_rows_are_fine()
    {
        CountryModalityTable two = SampleReports.Table([("US", 3, 1, 1, 4), ("CN", 1, 0, 1, 2)]);
        Assert.Equal(8, Regex.Count(BarChartSvg.Render(two), "class=\"bar\""));
        Assert.Equal(4, Regex.Count(BarChartSvg.Render(two, top: 1), "class=\"bar\""));

        var empty = new CountryModalityTable(Counting.Whole, YearRange.All, [], new CountryModalityRow(CountryModalityTable.WorldLabel, 0, 0, 0, 0), 0, 0);
        XElement svg = XElement.Parse(BarChartSvg.Render(empty));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("No AI paper", StringComparison.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarChartSvg.Render(empty, top: 0));
    }

    [Fact]
    public void Value_labels_fit_inside_the_chart()
    {
        CountryModalityTable table = SampleReports.Table([("US", 1_234_567.5, 999_999, 12_345_678, 12_345_678.5), ("CN", 1, 1, 1, 1)]);
        XElement svg = XElement.Parse(BarChartSvg.Render(table));
        double width = double.Parse((string)svg.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);

        foreach (XElement t in svg.Descendants(Svg + "text").Where(t => t.Attribute("text-anchor") is null))
        {
            double x = double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
            double size = double.Parse((string)t.Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(x + TextWidth.Of(t.Value, size, (string?)t.Attribute("font-weight") == "bold") <= width, t.Value);
        }
    }
}
