using System.Text;
using System.Text.RegularExpressions;

using Aici.Core.Measure;

namespace Aici.Report.Tests;

/// <summary>The report of a run with indicators: its sections, captions, CSV links, intervals, sensitivity and methodology.</summary>
public sealed partial class IndicatorReportTests
{
    private static readonly Lazy<IndicatorResults> Results = new(() => SampleIndicators.Realistic());

    private static string Html => HtmlReport.Render(SampleIndicators.Model(Results.Value));

    [Fact]
    public void Every_exhibit_has_its_section_in_order_with_a_caption_and_its_csv()
    {
        string html = Html;
        string[] ids = ["executive-summary", "counts", "countries", "growth", "yearly", "specialisation", "sensitivity", "countries-fractional", "methodology", "diagnostics", "manifest"];
        int[] positions = [.. ids.Where(id => id != "countries-fractional").Select(id => html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal))];
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);

        foreach ((string section, string table) in new[] { ("countries", "headline"), ("growth", "growth"), ("yearly", "yearly"), ("specialisation", "specialisation"), ("sensitivity", "sensitivity") })
        {
            string body = HtmlReportTests.Between(html, $"<section id=\"{section}\">", "</section>");
            Assert.Contains("<caption>", body, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"../tables/{table}.csv\">{table}.csv</a>", body, StringComparison.Ordinal);
        }

        Assert.Equal(5, Regex.Count(html, "<figure id=\"[a-z-]+\">\n<svg "));
    }

    [Fact]
    public void The_headline_table_shows_the_top_countries_with_rank_intervals_and_shares()
    {
        string table = HtmlReportTests.Between(Html, "<table id=\"country-table\">", "</table>");
        List<string> ranks = [.. RankCell().Matches(table).Select(m => m.Groups[1].Value)];
        Assert.InRange(ranks.Count, 15, 16);
        Assert.StartsWith("1 (1\u20131)", ranks[0], StringComparison.Ordinal);
        Assert.All(ranks, r => Assert.Matches(@"^\d+ \(\d+\u2013\d+\)$", r));
        Assert.Matches(@"<tr class=""uk""><td class=""num"">\d+ \(\d+\u2013\d+\)</td><th scope=""row"">United Kingdom<span class=""code"">GB</span></th>", table);
        Assert.Matches(@"\d+\.\d% \(\d+\.\d\u2013\d+\.\d%\)", table);
        Assert.Contains("World (each paper once)", table, StringComparison.Ordinal);
        Assert.Contains("<dt>Rank</dt>", table, StringComparison.Ordinal);
        Assert.Contains("<dt>Share of world</dt>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_executive_summary_gives_the_uk_key_numbers()
    {
        string summary = HtmlReportTests.Between(Html, "<section id=\"executive-summary\">", "</section>");
        Assert.Contains("<dt>United Kingdom: rank</dt>", summary, StringComparison.Ordinal);
        Assert.Contains("<dt>United Kingdom: share of the world</dt>", summary, StringComparison.Ordinal);
        Assert.Contains("<dt>United Kingdom: growth 2015\u21922019</dt>", summary, StringComparison.Ordinal);
        Assert.Contains("<dt>United Kingdom: RCA in GANs</dt>", summary, StringComparison.Ordinal);
        Assert.Contains("<dt>United Kingdom: RCA in style transfer</dt>", summary, StringComparison.Ordinal);
        Assert.Matches(@"The United Kingdom ranks \d+ \(95% interval: \d+ to \d+\) of 30 countries", summary);
        Assert.Matches(@"against [+\u2212]\d+% for the world", summary);
    }

    [Fact]
    public void The_sensitivity_table_names_and_highlights_the_countries_that_move()
    {
        IndicatorResults results = Results.Value;
        string section = HtmlReportTests.Between(Html, "<section id=\"sensitivity\">", "</section>");
        IReadOnlyList<string> changing = results.Sensitivity.Changing(results.Top);
        Assert.NotEmpty(changing);
        Assert.Contains("under 3 definitions of AI (categories, vocabulary, combined)", section, StringComparison.Ordinal);
        Assert.Contains("whose rank changes: " + string.Join(", ", changing.Select(CountryLabel.Name)), section, StringComparison.Ordinal);
        Assert.Equal(changing.Count, Regex.Count(section, "<tr class=\"changed\">"));
        Assert.Contains("<th scope=\"col\" class=\"num\">vocabulary</th>", section, StringComparison.Ordinal);

        IndicatorResults single = results with
        {
            Sensitivity = SensitivityTable.Measure([new("categories", SampleIndicators.Papers(["GB", "FR"], 0.01))], YearRange.All, Counting.Whole),
        };
        string one = HtmlReportTests.Between(HtmlReport.Render(SampleIndicators.Model(single)), "<section id=\"sensitivity\">", "</section>");
        Assert.Contains("Only one AI definition was measured in this run (\u201Ccategories\u201D)", one, StringComparison.Ordinal);
        Assert.Contains("<table id=\"sensitivity-table\">", one, StringComparison.Ordinal);
    }

    [Fact]
    public void The_methodology_names_sources_versions_evaluation_settings_and_limits()
    {
        string section = HtmlReportTests.Between(Html, "<section id=\"methodology\">", "</section>");
        Assert.Contains("data/arxiv/arxiv-metadata-oai-snapshot.json", section, StringComparison.Ordinal);
        Assert.Contains("modalities 1.0", section, StringComparison.Ordinal);
        Assert.Contains("ai model logistic 2025-11", section, StringComparison.Ordinal);
        Assert.Contains("<table id=\"evaluation-table\"", section, StringComparison.Ordinal);
        // precision 180 of 200 and recall 180 of 205, each with its exact 95% interval (mpmath: 0.8498–0.9378, 0.8253–0.9195)
        Assert.Contains("<td class=\"num\">0.900 (0.85\u20130.94)</td><td class=\"num\">0.878 (0.83\u20130.92)</td>", section, StringComparison.Ordinal);
        Assert.Contains("<dt>In brackets</dt>", section, StringComparison.Ordinal);
        Assert.Contains("95% percentile bootstrap over 60 resamples of the located AI papers, seed 42", section, StringComparison.Ordinal);
        Assert.Contains("Known limits", section, StringComparison.Ordinal);
        Assert.Contains("Country coverage", section, StringComparison.Ordinal);
        Assert.Contains("whole: a paper counts once", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evaluation_says_what_each_label_was_measured_against()
    {
        IndicatorResults results = Results.Value with
        {
            Evaluation = [
                new LabelAccuracy("ai", 180, 20, 25) { Gold = "held-out arXiv records (gold: arXiv categories)" },
                new LabelAccuracy("gan", 45, 5, 9) { Gold = "held-out arXiv records (gold: a blind reading)" },
                new LabelAccuracy("style_transfer", 30, 6, 4) { Gold = "held-out arXiv records (gold: a blind reading)" },
                new LabelAccuracy("museums_galleries_libraries", 1, 0, 3)],
        };
        string section = HtmlReportTests.Between(HtmlReport.Render(SampleIndicators.Model(results)), "<section id=\"methodology\">", "</section>");
        string table = HtmlReportTests.Between(section, "<table id=\"evaluation-table\"", "</table>");
        Assert.Contains("<th scope=\"col\">Gold</th>", table, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "2", ""], GoldCell().Matches(table).Select(m => m.Groups[1].Value));
        // a creative domain by its DCMS sub-sector
        Assert.Contains("<th scope=\"row\">museums, galleries &amp; libraries</th>", table, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Gold 1: held-out arXiv records (gold: arXiv categories)</p>", section, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Gold 2: held-out arXiv records (gold: a blind reading)</p>", section, StringComparison.Ordinal);
        // without golds (an accuracy file of another layout), no column
        Assert.DoesNotContain("<th scope=\"col\">Gold</th>", Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<td class=\"num\">[^<]*</td><td>([0-9]*)</td></tr>")]
    private static partial Regex GoldCell();

    [Fact]
    public void Growth_and_specialisation_tables_show_intervals_and_the_world()
    {
        string html = Html;
        string growth = HtmlReportTests.Between(html, "<table id=\"growth-table\">", "</table>");
        Assert.Matches(@"<td class=""num"">[+\u2212]\d+% \([+\u2212]?\d+ to [+\u2212]?\d+\)</td>", growth);
        Assert.Contains("<tr class=\"world\"><th scope=\"row\">World</th>", growth, StringComparison.Ordinal);
        Assert.Contains("<dt>CAGR</dt>", growth, StringComparison.Ordinal);
        string rca = HtmlReportTests.Between(html, "<table id=\"rca-table\">", "</table>");
        Assert.Contains("<th scope=\"col\" class=\"num\">GANs</th><th scope=\"col\" class=\"num\">Style transfer</th><th scope=\"col\" class=\"num\">Diffusion models</th>", rca, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""num above"" title=""95% interval \d\.\d\d\u2013\d\.\d\d"">\d\.\d\d</td>", rca);
    }

    [Fact]
    public void Without_bootstrap_no_interval_is_shown()
    {
        IndicatorResults exact = SampleIndicators.Realistic(replicates: 0);
        string html = HtmlReport.Render(SampleIndicators.Model(exact));
        string table = HtmlReportTests.Between(html, "<table id=\"country-table\">", "</table>");
        Assert.Equal("1", RankCell().Match(table).Groups[1].Value);
        Assert.Contains("none: the run was made with --bootstrap 0.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Whiskers", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_fetched_and_links_are_relative_csvs_or_anchors()
    {
        string html = Html;
        Assert.DoesNotMatch(@"(?i)@import|url\s*\(|<script|<link|<iframe|<object|<embed|<img", html);
        Assert.All(Href().Matches(html).Select(m => m.Groups[1].Value), href => Assert.Matches(@"^(#[a-z-]+|\.\./tables/[a-z_]+\.csv)$", href));
        Assert.Equal(HtmlReport.Render(SampleIndicators.Model(Results.Value)), html);
    }

    [Fact]
    public void A_200_country_report_with_every_indicator_stays_under_5_MB()
    {
        IndicatorResults results = SampleIndicators.Realistic(countries: 200, replicates: 20, scale: 0.05);
        Assert.True(results.Set.Headline.Count >= 200, results.Set.Headline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string html = HtmlReport.Render(SampleIndicators.Model(results) with { Diagnostics = SampleReports.Diagnostics(200), DiagnosticsTotal = 5_000 });
        int bytes = Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 5_000_000, $"{bytes} bytes");
        TestContext.Current.TestOutputHelper?.WriteLine($"200-country report: {bytes:N0} bytes");
    }

    [GeneratedRegex("<tr(?: class=\"uk\")?><td class=\"num\">([^<]+)</td>")]
    private static partial Regex RankCell();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
