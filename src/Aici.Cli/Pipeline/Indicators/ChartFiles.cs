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
        var written = new List<string>();
        void Bars(string name, BarChart chart)
        {
            written.Add(Write(outputs, name, "svg", RankedBarsSvg.Render(chart)));
            written.Add(Write(outputs, name, "png", SlideCharts.Png(chart)));
        }

        Bars("headline", IndicatorCharts.Headline(results));
        Bars(ReportFiles.GrowthChart, IndicatorCharts.Growth(results));
        foreach (string label in (string[])[Core.Measure.IndicatorSettings.Gan, Core.Measure.IndicatorSettings.StyleTransfer])
        {
            Bars(ReportFiles.RcaChart(label), IndicatorCharts.Rca(results, label));
        }

        LineChart yearly = IndicatorCharts.Yearly(results);
        written.Add(Write(outputs, ReportFiles.YearlyChart, "svg", LineChartSvg.Render(yearly)));
        written.Add(Write(outputs, ReportFiles.YearlyChart, "png", SlideCharts.Png(yearly)));
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
