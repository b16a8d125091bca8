using Aici.Report;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// Writes the indicator charts to OUT/charts/ for slides: each as SVG (the report's own drawing) and as PNG
/// (1600 × 900, drawn by ScottPlot), under temporary names renamed into place.
/// </summary>
internal static class ChartFiles
{
    public static IReadOnlyList<string> Write(IndicatorResults results, OutputPaths outputs)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(outputs);
        var charts = new List<(string Name, Func<string> Svg, Func<byte[]> Png)>();
        void Bars(string name, BarChart chart) => charts.Add((name, () => RankedBarsSvg.Render(chart), () => SlideCharts.Png(chart)));

        Bars("headline", IndicatorCharts.Headline(results));
        Bars(ReportFiles.GrowthChart, IndicatorCharts.Growth(results));
        foreach (string label in (string[])[Core.Measure.IndicatorSettings.Gan, Core.Measure.IndicatorSettings.StyleTransfer])
        {
            Bars(ReportFiles.RcaChart(label), IndicatorCharts.Rca(results, label));
        }

        LineChart yearly = IndicatorCharts.Yearly(results);
        charts.Add((ReportFiles.YearlyChart, () => LineChartSvg.Render(yearly), () => SlideCharts.Png(yearly)));

        // Drawing a PNG takes ~0.1 s (the first one more, loading fonts) and nothing else runs at this point of a
        // run: the charts are drawn on every core, each file written under its own temporary name.
        var written = new string[charts.Count * 2];
        Parallel.For(0, charts.Count, i =>
        {
            (string name, Func<string> svg, Func<byte[]> png) = charts[i];
            written[2 * i] = Write(outputs, name, "svg", svg());
            written[(2 * i) + 1] = Write(outputs, name, "png", png());
        });
        return written;
    }

    private static string Write(OutputPaths outputs, string name, string extension, string text)
    {
        string path = Path.Combine(outputs.Charts, name + "." + extension);
        AtomicFile.WriteAllText(path, text);
        return path;
    }

    private static string Write(OutputPaths outputs, string name, string extension, byte[] bytes)
    {
        string path = Path.Combine(outputs.Charts, name + "." + extension);
        AtomicFile.WriteAllBytes(path, bytes);
        return path;
    }
}
