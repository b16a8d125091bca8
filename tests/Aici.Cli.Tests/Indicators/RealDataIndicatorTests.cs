using Aici.Cli.Commands;
using Aici.Cli.Pipeline;
using Aici.Core.Measure;
using Aici.Report;
using Aici.Tests;
using Microsoft.Playwright;

namespace Aici.Cli.Tests.Indicators;

/// <summary>The issue's acceptance run: on the shared arXiv, papers and OpenAlex data, every exhibit is written.</summary>
public sealed class RealDataIndicatorTests
{
    [Fact(Timeout = 600_000)]
    public async Task A_run_on_the_shared_data_writes_every_exhibit_and_a_report_under_5_MB_legible_in_chromium()
    {
        string arxiv = SharedData.Require("arxiv");
        string papers = SharedData.Require("papers");
        string openAlex = SharedData.Require("openalex");
        using var temp = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        // The shared data locate no AI paper in 2015, so the growth window starts in 2016 (--growth-from 2016).
        var options = new RunOptions([arxiv], [papers], false, YearRange.All, Counting.Whole, Path.Combine(AppContext.BaseDirectory, "taxonomy"), temp["out"])
        {
            OpenAlex = [openAlex],
            GrowthFrom = 2016,
            GrowthTo = 2019,
            Bootstrap = 100,
        };
        int code = RunCommand.Execute(options, output, error);
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");

        foreach (string table in ReportFiles.Tables)
        {
            Assert.True(new FileInfo(temp[$"out/tables/{table}.csv"]).Length > 100, table);
            Assert.True(File.Exists(temp[$"out/tables/{table}.parquet"]), table);
        }

        foreach (string chart in (string[])["headline", "growth", "yearly", "rca_gan", "rca_style_transfer"])
        {
            Assert.True(File.Exists(temp[$"out/charts/{chart}.svg"]) && File.Exists(temp[$"out/charts/{chart}.png"]), chart);
        }

        string[] growth = File.ReadAllLines(temp["out/tables/growth.csv"]);
        Assert.Contains(growth, l => l.StartsWith("GB,United Kingdom,2016,2019,", StringComparison.Ordinal));

        var report = new FileInfo(temp["out/report/index.html"]);
        Assert.True(report.Length < 5_000_000, $"{report.Length} bytes");
        string html = File.ReadAllText(report.FullName);
        foreach (string id in (string[])["executive-summary", "countries", "growth", "yearly", "specialisation", "sensitivity", "methodology", "manifest"])
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Matches(@"<tr class=""uk""><td class=""num"">3 \(\d+\u2013\d+\)</td>", html);
        File.Copy(report.FullName, Path.Combine(AppContext.BaseDirectory, "real-data-report.html"), overwrite: true);

        // Every definition is compared, and the countries whose rank changes are named.
        string[] sensitivity = File.ReadAllLines(temp["out/tables/sensitivity.csv"]);
        Assert.Equal("country,country_name,rank_combined,any_combined,rank_categories,any_categories,rank_vocabulary,any_vocabulary,rank_model,any_model,rank_changes", sensitivity[0]);
        Assert.Contains(sensitivity, l => l.EndsWith(",true", StringComparison.Ordinal));

        await AssertLegibleInChromium(report.FullName);
    }

    /// <summary>The real report as a reader sees it: every chart drawn with legible labels, every table shown, nothing fetched from the network.</summary>
    private static async Task AssertLegibleInChromium(string report)
    {
        ChromiumReport.Require();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await ChromiumReport.LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        string results = await ChromiumReport.AssertFullReportIsLegible(page, "real");
        Assert.True(await page.Locator("#sensitivity-table tr.changed").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(results, "real-report.png"), FullPage = true });
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }
}
