using System.Diagnostics;

using Aici.Core.Measure;
using Aici.Tests;

using Microsoft.Playwright;

namespace Aici.Report.Tests;

/// <summary>
/// Opens the report in Debian's headless Chromium through Playwright's driver (no browser download) and checks what a
/// reader sees: the table, the chart, and chart text that is big enough, inside the chart and never overlapping.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aici-report-browser-");

    [Fact(Timeout = 180_000)]
    public async Task The_report_is_legible_in_chromium()
    {
        ChromiumReport.Require();

        var clock = Stopwatch.StartNew();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await ChromiumReport.LaunchAsync(playwright);
        Log($"Playwright driver and Chromium {browser.Version} started in {clock.ElapsedMilliseconds} ms");

        IPage page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        // The realistic report: its table, its chart, and a screenshot to look at.
        string report = Path.Combine(_folder.FullName, "report", "index.html");
        HtmlReport.Write(SampleReports.Realistic(illustrative: true), report);
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        Assert.True(await page.Locator("#country-table").IsVisibleAsync());
        Assert.Equal(SampleReports.Countries.Length, await page.Locator("#country-table tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("#country-table tfoot tr").CountAsync());
        Assert.True(await page.Locator(".banner").IsVisibleAsync());
        Assert.True(await page.Locator("#chart svg").IsVisibleAsync());
        await ChromiumReport.AssertChartIsLegible(page, expectedBars: 4 * 15);

        string screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        await page.Locator("#chart svg").ScreenshotAsync(new() { Path = Path.Combine(Path.GetDirectoryName(screenshot)!, "chart.png") });
        File.Copy(report, Path.ChangeExtension(screenshot, ".html"), overwrite: true);
        Log($"Screenshot: {screenshot} (chart alone: chart.png; the page itself: report.html)");

        // A hard case for the chart: long names and large fractional counts.
        CountryModalityTable awkward = SampleReports.Table(
        [
            ("GS", 12_345_678.5, 999_999, 2_345_678, 12_345_679.5),
            ("CD", 9_876_543.2, 12, 1_111_111, 9_999_999),
            ("VE", 5_000_000, 1_000_000, 10, 5_000_001),
            ("KR", 0, 0, 3, 3),
            ("GB", 1, 0, 0, 1),
        ]);
        string hard = Path.Combine(_folder.FullName, "hard", "index.html");
        HtmlReport.Write(SampleReports.Model(awkward, false, [], 0), hard);
        await page.GotoAsync(new Uri(hard).AbsoluteUri);
        await ChromiumReport.AssertChartIsLegible(page, expectedBars: 4 * 5);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "report-long-names.png"), FullPage = true });

        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Log($"Browser test took {clock.ElapsedMilliseconds} ms");
    }

    [Fact(Timeout = 240_000)]
    public async Task Every_chart_of_the_full_report_is_legible_in_chromium()
    {
        ChromiumReport.Require();

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await ChromiumReport.LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        string report = Path.Combine(_folder.FullName, "full", "report", "index.html");
        HtmlReport.Write(SampleIndicators.Model(SampleIndicators.Realistic()), report);
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        string results = await ChromiumReport.AssertFullReportIsLegible(page, "full");
        Assert.True(await page.Locator("#growth-chart rect.bar").CountAsync() > 0);
        Assert.True(await page.Locator("#yearly-chart polyline.series").CountAsync() >= 2);
        Assert.True(await page.Locator("#rca-gan-chart rect.bar").CountAsync() > 0);
        Assert.Matches(@"^\d+ \(\d+\u2013\d+\)$", (await page.Locator("#country-table tbody tr td").First.InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#sensitivity-table tr.changed").CountAsync() > 0);

        string screenshot = Path.Combine(results, "report-full.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        File.Copy(report, Path.Combine(results, "report-full.html"), overwrite: true);
        Log($"Full report screenshot: {screenshot} (each chart: full-<figure>.png)");
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);
}
