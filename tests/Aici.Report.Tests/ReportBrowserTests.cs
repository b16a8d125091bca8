using System.Diagnostics;
using System.Text.Json;

using Aici.Core.Measure;

using Microsoft.Playwright;

namespace Aici.Report.Tests;

/// <summary>
/// Opens the report in Debian's headless Chromium through Playwright's driver (no browser download) and checks what a
/// reader sees: the table, the chart, and chart text that is big enough, inside the chart and never overlapping.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private const string MeasureChart = """
        (selector) => {
          const svg = document.querySelector(selector);
          const box = svg.getBoundingClientRect();
          const rect = r => ({ x: r.left, y: r.top, w: r.width, h: r.height });
          const own = t => [...t.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('');
          return {
            svg: rect(box),
            texts: [...svg.querySelectorAll('text')].map(t => ({ text: own(t), size: parseFloat(getComputedStyle(t).fontSize), ...rect(t.getBoundingClientRect()) })),
            bars: [...svg.querySelectorAll('rect.bar')].map(b => ({ text: b.textContent, size: 0, ...rect(b.getBoundingClientRect()) })),
          };
        }
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aici-report-browser-");

    [Fact(Timeout = 180_000)]
    public async Task The_report_is_legible_in_chromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is absent: install Debian's chromium and fonts-dejavu-core (.ci/run does) to run the browser test.");
        }

        var clock = Stopwatch.StartNew();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
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
        await AssertChartIsLegible(page, expectedBars: 4 * 15);

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
        await AssertChartIsLegible(page, expectedBars: 4 * 5);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "report-long-names.png"), FullPage = true });

        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Log($"Browser test took {clock.ElapsedMilliseconds} ms");
    }

    [Fact(Timeout = 240_000)]
    public async Task Every_chart_of_the_full_report_is_legible_in_chromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is absent: install Debian's chromium and fonts-dejavu-core (.ci/run does) to run the browser test.");
        }

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        IPage page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        string report = Path.Combine(_folder.FullName, "full", "report", "index.html");
        HtmlReport.Write(SampleIndicators.Model(SampleIndicators.Realistic()), report);
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        string[] figures = ["chart", "growth-chart", "yearly-chart", "rca-gan-chart", "rca-style-transfer-chart"];
        Assert.Equal(figures.Length, await page.Locator("figure svg").CountAsync());
        string results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        foreach (string figure in figures)
        {
            string selector = $"#{figure} svg";
            Assert.True(await page.Locator(selector).IsVisibleAsync(), $"{selector} is not visible");
            await AssertChartIsLegible(page, expectedBars: -1, selector);
            await page.Locator(selector).ScreenshotAsync(new() { Path = Path.Combine(results, $"full-{figure}.png") });
        }

        Assert.True(await page.Locator("#growth-chart rect.bar").CountAsync() > 0);
        Assert.True(await page.Locator("#yearly-chart polyline.series").CountAsync() >= 2);
        Assert.True(await page.Locator("#rca-gan-chart rect.bar").CountAsync() > 0);
        foreach (string table in (string[])["country-table", "growth-table", "yearly-table", "rca-table", "sensitivity-table", "evaluation-table"])
        {
            Assert.True(await page.Locator("#" + table).IsVisibleAsync(), $"#{table} is not visible");
        }

        Assert.Matches(@"^\d+ \(\d+\u2013\d+\)$", (await page.Locator("#country-table tbody tr td").First.InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#sensitivity-table tr.changed").CountAsync() > 0);

        string screenshot = Path.Combine(results, "report-full.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        File.Copy(report, Path.Combine(results, "report-full.html"), overwrite: true);
        Log($"Full report screenshot: {screenshot} (each chart: full-<figure>.png)");
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task AssertChartIsLegible(IPage page, int expectedBars, string selector = "#chart svg")
    {
        JsonElement chart = await page.EvaluateAsync<JsonElement>(MeasureChart, selector);
        Box svg = Box.From(chart.GetProperty("svg"));
        List<Box> texts = [.. chart.GetProperty("texts").EnumerateArray().Select(Box.From)];
        List<Box> bars = [.. chart.GetProperty("bars").EnumerateArray().Select(Box.From)];

        if (expectedBars >= 0)
        {
            Assert.Equal(expectedBars, bars.Count);
        }

        Assert.NotEmpty(texts);
        foreach (Box text in texts)
        {
            Assert.True(text.Size >= 12, $"'{text.Text}' is {text.Size}px");
            Assert.True(text.W > 0 && text.H > 0, $"'{text.Text}' is not drawn");
            Assert.True(svg.Contains(text), $"'{text.Text}' {text} lies outside the chart {svg}");
            foreach (Box bar in bars)
            {
                Assert.False(text.Overlaps(bar), $"'{text.Text}' {text} overlaps the bar '{bar.Text}' {bar}");
            }
        }

        for (int i = 0; i < texts.Count; i++)
        {
            for (int j = i + 1; j < texts.Count; j++)
            {
                Assert.False(texts[i].Overlaps(texts[j]), $"'{texts[i].Text}' {texts[i]} overlaps '{texts[j].Text}' {texts[j]}");
            }
        }
    }

    private static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);

    private sealed record Box(string Text, double Size, double X, double Y, double W, double H)
    {
        private const double Tolerance = 0.5;

        public static Box From(JsonElement e) => new(
            e.TryGetProperty("text", out JsonElement text) ? text.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("size", out JsonElement size) ? size.GetDouble() : 0,
            e.GetProperty("x").GetDouble(),
            e.GetProperty("y").GetDouble(),
            e.GetProperty("w").GetDouble(),
            e.GetProperty("h").GetDouble());

        public bool Contains(Box other) =>
            other.X >= X - Tolerance && other.Y >= Y - Tolerance
            && other.X + other.W <= X + W + Tolerance && other.Y + other.H <= Y + H + Tolerance;

        public bool Overlaps(Box other) =>
            X < other.X + other.W - Tolerance && other.X < X + W - Tolerance
            && Y < other.Y + other.H - Tolerance && other.Y < Y + H - Tolerance;

        public override string ToString() =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{X:0.#},{Y:0.#} {W:0.#}×{H:0.#}]");
    }
}
