using System.Text.Json;

using Microsoft.Playwright;

namespace Aici.Tests;

/// <summary>
/// A report opened in Debian's headless Chromium through Playwright's driver (no browser download), and the check of
/// what a reader sees in a chart: text big enough, inside the chart, never overlapping other text or a bar. Shared by
/// the report's browser tests and the real-data run's.
/// </summary>
internal static class ChromiumReport
{
    public const string Chromium = "/usr/bin/chromium";

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

    /// <summary>Skips the calling test when Debian's Chromium is not installed.</summary>
    public static void Require()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is absent: install Debian's chromium and fonts-dejavu-core (.ci/run does) to run the browser test.");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// Every chart of the full report drawn and legible (each saved as TestResults/PREFIX-FIGURE.png) and every
    /// indicator table shown; returns the TestResults folder.
    /// </summary>
    public static async Task<string> AssertFullReportIsLegible(IPage page, string prefix)
    {
        ArgumentNullException.ThrowIfNull(page);
        string[] figures = ["chart", "growth-chart", "yearly-chart", "rca-gan-chart", "rca-style-transfer-chart"];
        Assert.Equal(figures.Length, await page.Locator("figure svg").CountAsync());
        string results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        foreach (string figure in figures)
        {
            string selector = $"#{figure} svg";
            Assert.True(await page.Locator(selector).IsVisibleAsync(), $"{selector} is not visible");
            await AssertChartIsLegible(page, expectedBars: -1, selector);
            await page.Locator(selector).ScreenshotAsync(new() { Path = Path.Combine(results, $"{prefix}-{figure}.png") });
        }

        foreach (string table in (string[])["country-table", "growth-table", "yearly-table", "rca-table", "sensitivity-table", "evaluation-table"])
        {
            Assert.True(await page.Locator("#" + table).IsVisibleAsync(), $"#{table} is not visible");
        }

        return results;
    }

    public static async Task AssertChartIsLegible(IPage page, int expectedBars, string selector = "#chart svg")
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
