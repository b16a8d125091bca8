using System.Text;
using System.Text.RegularExpressions;

using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Report.Tests;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void Hostile_strings_are_escaped_everywhere()
    {
        const string Hostile = "<script>alert(1)</script>";
        ReportModel model = SampleReports.Realistic() with
        {
            Diagnostics =
            [
                Diagnostic.Rejected("data/" + Hostile + ".json", 7, "title\" onmouseover=\"x", Hostile),
                Diagnostic.Warned("a&b.json", 8, "'quoted'", "control \u0001 char"),
            ],
            DiagnosticsTotal = 2,
            Manifest = SampleReports.Manifest(inputPath: "in/" + Hostile, optionValue: Hostile),
        };

        string html = HtmlReport.Render(model);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("data/&lt;script&gt;alert(1)&lt;/script&gt;.json:7", html, StringComparison.Ordinal);
        Assert.Contains("in/&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("title&quot; onmouseover=&quot;x", html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b.json", html, StringComparison.Ordinal);
        Assert.Contains("&#39;quoted&#39;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_country_label_is_escaped_in_the_table_and_the_chart()
    {
        CountryModalityTable table = SampleReports.Table([("<img src=x>", 5, 1, 1, 6), ("GB", 1, 0, 0, 1)]);
        string html = HtmlReport.Render(SampleReports.Model(table, false, [], 0));

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "&lt;img src=x&gt;</(th|text)>"));
    }

    [Fact]
    public void Rows_keep_the_table_order_and_the_world_row_is_last()
    {
        string html = HtmlReport.Render(SampleReports.Realistic());
        string table = Between(html, "<table id=\"country-table\">", "</table>");

        List<string> rows = [.. RowHeader().Matches(table).Select(m => m.Groups[1].Value)];

        Assert.Equal(SampleReports.Countries.Length + 1, rows.Count);
        Assert.Equal(SampleReports.Countries.Select(c => c.Code), rows.Take(SampleReports.Countries.Length));
        Assert.Equal("World", rows[^1]);
        Assert.True(table.IndexOf("<tfoot>", StringComparison.Ordinal) > table.LastIndexOf("<tbody>", StringComparison.Ordinal));
        Assert.Contains("United Kingdom<span class=\"code\">GB</span>", table, StringComparison.Ordinal);
        Assert.Contains("South Korea<span class=\"code\">KR</span>", table, StringComparison.Ordinal);
        Assert.Contains("Congo, The Democratic Republic of the<span class=\"code\">CD</span>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_have_thousands_separators_ranks_and_shares()
    {
        string html = HtmlReport.Render(SampleReports.Realistic());
        string table = Between(html, "<table id=\"country-table\">", "</table>");
        string us = Between(table, "<tr><td class=\"num\">1</td>", "</tr>");

        Assert.Contains("<td class=\"num\">3,319</td><td class=\"num\">199</td><td class=\"num\">749</td><td class=\"num\">4,041</td>", us, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num"">\d+\.\d%</td>$", us);
        Assert.Contains("<td class=\"num\">100.0%</td>", Between(table, "<tfoot>", "</tfoot>"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../tables/country_modality.csv\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fractional_counts_show_one_decimal_and_ties_share_a_rank()
    {
        CountryModalityTable table = SampleReports.Table([("US", 1234.4, 0.5, 2, 1500.25), ("CN", 10, 1, 1, 12), ("GB", 10, 1, 1, 12), ("DE", 1, 0, 0, 1), ("FR", 0.2, 0, 0, 0.2)]);
        string html = HtmlReport.Render(SampleReports.Model(table, false, [], 0));
        string body = Between(html, "<tbody>", "</tbody>");

        Assert.Contains(">1,234.4<", body, StringComparison.Ordinal);
        Assert.Contains(">0.5<", body, StringComparison.Ordinal);
        Assert.Contains(">1,500.2<", body, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "2", "4", "5"], RankCell().Matches(body).Select(m => m.Groups[1].Value));
        Assert.Contains("<td class=\"num\">&lt;0.1%</td>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_names_years_counts_and_the_top_three()
    {
        string html = HtmlReport.Render(SampleReports.Realistic());
        string summary = Between(html, "<p class=\"summary\">", "</p>");

        Assert.Contains("2015\u20132019", summary, StringComparison.Ordinal);
        Assert.Contains("United States (4,041), China (1,805) and United Kingdom (1,437)", summary, StringComparison.Ordinal);
        Assert.Contains("could be located in at least one country", summary, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Aici \u2014 AI research in the creative industries</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_illustrative_banner_shows_only_for_demo_data()
    {
        string demo = HtmlReport.Render(SampleReports.Realistic(illustrative: true));
        string real = HtmlReport.Render(SampleReports.Realistic(illustrative: false));

        Assert.Contains("<p class=\"banner\" role=\"note\"><strong>Illustrative demo data \u2014 not real results.</strong>", demo, StringComparison.Ordinal);
        Assert.True(demo.IndexOf("class=\"banner\"", StringComparison.Ordinal) < demo.IndexOf("<section", StringComparison.Ordinal));
        Assert.DoesNotContain("Illustrative", real, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("class=\"banner\"", real, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_fetched_from_anywhere()
    {
        string html = HtmlReport.Render(SampleReports.Realistic(illustrative: true));

        Assert.DoesNotMatch(@"(?i)\b(src|href|xlink:href|action|poster|srcset)\s*=\s*[""']?\s*(https?:)?//", html);
        Assert.DoesNotMatch(@"(?i)@import|url\s*\(|<script|<link|<iframe|<object|<embed|<img", html);
        Assert.DoesNotMatch(@"(?i)(src|href)\s*=\s*[""']?\s*(https?|ftp|data|javascript):", html);
        Assert.Equal(["../tables/country_modality.csv"], Href().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        string first = HtmlReport.Render(SampleReports.Realistic(illustrative: true));
        string second = HtmlReport.Render(SampleReports.Realistic(illustrative: true));

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_show_total_sample_and_a_note_when_cut()
    {
        ReportModel model = SampleReports.Realistic() with { Diagnostics = SampleReports.Diagnostics(3), DiagnosticsTotal = 12_345 };
        string section = Between(HtmlReport.Render(model), "<section id=\"diagnostics\">", "</section>");

        Assert.Contains("12,345 diagnostics in all", section, StringComparison.Ordinal);
        Assert.Contains("Only the first 3 are shown here.", section, StringComparison.Ordinal);
        Assert.Contains("12,342 more not shown.", section, StringComparison.Ordinal);
        Assert.Contains("<code>data/arxiv/arxiv-metadata-oai-snapshot.json:1000</code>", section, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(section, "<tr><td"));

        string none = Between(HtmlReport.Render(model with { Diagnostics = [], DiagnosticsTotal = 0 }), "<section id=\"diagnostics\">", "</section>");
        Assert.Contains("No diagnostics", none, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", none, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_shows_inputs_hashes_taxonomies_and_times()
    {
        string section = Between(HtmlReport.Render(SampleReports.Realistic()), "<section id=\"manifest\">", "</section>");

        Assert.Contains("aici 0.1.0", section, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-01-31T12:00:00Z\">2025-01-31T12:00:00Z</time>", section, StringComparison.Ordinal);
        Assert.Contains("2025-01-31T12:04:07Z", section, StringComparison.Ordinal);
        Assert.Contains("4 min 07 s", section, StringComparison.Ordinal);
        Assert.Contains("<code title=\"9f2c4e7a1b3d5f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a\">9f2c4e7a1b3d\u2026</code>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" title=\"4,512,345,678 bytes\">4.5 GB</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2,345,678</td><td class=\"num\">1,234</td><td class=\"num\">5,678</td>", section, StringComparison.Ordinal);
        Assert.Contains("taxonomy/modalities.json", section, StringComparison.Ordinal);
        Assert.Contains("<code>years</code></th><td class=\"wrap\">2015\u20132019</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_counts_come_from_the_manifest()
    {
        string section = Between(HtmlReport.Render(SampleReports.Realistic()), "<section id=\"counts\">", "</section>");

        Assert.Contains("<dt>Records read</dt><dd>2,443,678</dd>", section, StringComparison.Ordinal);
        Assert.Contains("<dt>Located AI works</dt><dd>56,913</dd>", section, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(section, "<dt>"));
    }

    [Fact]
    public void An_empty_table_still_renders()
    {
        var table = new CountryModalityTable(Counting.Whole, YearRange.All, [], new CountryModalityRow(CountryModalityTable.WorldLabel, 0, 0, 0, 0), 0, 0);
        string html = HtmlReport.Render(SampleReports.Model(table, false, [], 0));

        Assert.Contains("No country has such papers.", html, StringComparison.Ordinal);
        Assert.Contains("of any year", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">\u2013</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_200_country_report_is_under_a_megabyte()
    {
        CountryModalityTable table = SampleReports.ManyCountries(200);
        string html = HtmlReport.Render(SampleReports.Model(table, true, SampleReports.Diagnostics(100), 5_000));

        Assert.Equal(201, Regex.Count(Between(html, "<table id=\"country-table\">", "</table>"), "<th scope=\"row\">"));
        Assert.True(Encoding.UTF8.GetByteCount(html) < 1_000_000, $"{Encoding.UTF8.GetByteCount(html)} bytes");
    }

    internal static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        from += start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not found after '{start}'");
        return text[from..to];
    }

    [GeneratedRegex("<th scope=\"row\">[^<]*?(?:<span class=\"code\">)?([A-Z]{2}|World)(?:</span>| \\(each paper once\\))</th>")]
    private static partial Regex RowHeader();

    [GeneratedRegex("<tr><td class=\"num\">(\\d+)</td>")]
    private static partial Regex RankCell();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
