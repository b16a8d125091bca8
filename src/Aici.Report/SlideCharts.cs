using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Aici.Report;

/// <summary>
/// The indicator charts as PNG for slides (1600 × 900, 16:9), drawn with ScottPlot from the same chart values as the
/// report's SVG. ScottPlot's SkiaSharp build for Linux has no font lookup, so DejaVu Sans (regular and bold) is
/// registered from its files (Debian: fonts-dejavu-core); where those files are absent the system's fonts are used.
/// The same chart gives the same bytes.
/// </summary>
public static class SlideCharts
{
    public const int Width = 1600;
    public const int Height = 900;

    /// <summary>How wide (in the plot's units, half the image's pixels) and how large an empty chart's reason is set.</summary>
    internal const double EmptyMessageWidth = 600;

    internal const float EmptyMessageFontSize = 12;

    private const string Font = "DejaVu Sans";
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";
    private static readonly Lazy<bool> Fonts = new(RegisterFonts);

    /// <summary>Whether DejaVu Sans was found and registered (otherwise labels use whatever fonts the system offers).</summary>
    public static bool HasFonts => Fonts.Value;

    /// <summary>
    /// The plot drawn at slide size as PNG. A slide needs a PNG, not the smallest one: zlib level 3 with the Sub filter
    /// writes these charts of flat colours in about a third of the time of ScottPlot's own encoding (level 6 with every
    /// filter: ~55 against ~20 ms a chart here, and a run waits for its charts at the end) at about twice the size
    /// (~80 KB). The same plot gives the same bytes.
    /// </summary>
    private static byte[] Encode(Plot plot)
    {
        using SKSurface surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {Width} x {Height} surface to draw a chart on");
        plot.Render(surface);
        using SKPixmap pixels = surface.PeekPixels()
            ?? throw new InvalidOperationException("SkiaSharp gave no pixels for a chart");
        using SKData data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("SkiaSharp could not encode a chart as PNG");
        return data.ToArray();
    }

    public static byte[] Png(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Plot plot = NewPlot(chart.Title);
        if (chart.Rows.Count == 0)
        {
            return EmptyPng(plot, chart.Title, chart.Empty);
        }

        IReadOnlyList<BarChartRow> rows = chart.Rows;
        int n = rows.Count;
        var ticks = new Tick[n];
        double low = 0;
        double high = 0;
        for (int i = 0; i < n; i++)
        {
            BarChartRow row = rows[i];
            double position = n - 1 - i;
            double value = double.IsFinite(row.Value) ? row.Value : 0;
            var bar = plot.Add.Bar(position, value);
            bar.Horizontal = true;
            bar.Color = Color.FromHex(row.Highlight ? OkabeIto.Vermillion : OkabeIto.Blue);
            bar.Bars[0].LineWidth = 0;
            double outer = value;
            if (row.Interval is { } interval && double.IsFinite(interval.Low) && double.IsFinite(interval.High))
            {
                var whisker = plot.Add.Line(interval.Low, position, interval.High, position);
                whisker.LineWidth = 2;
                whisker.LineColor = Colors.Black;
                outer = value >= 0 ? Math.Max(value, interval.High) : Math.Min(value, interval.Low);
                low = Math.Min(low, interval.Low);
                high = Math.Max(high, interval.High);
            }

            low = Math.Min(low, value);
            high = Math.Max(high, value);
            var text = plot.Add.Text(" " + row.ValueText + " ", outer, position);
            text.LabelAlignment = value >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
            text.LabelFontSize = 12;
            text.LabelFontName = Font;
            text.LabelBold = row.Highlight;
            ticks[i] = new Tick(position, row.Label);
        }

        if (chart.Reference is double reference && double.IsFinite(reference))
        {
            var line = plot.Add.VerticalLine(reference);
            line.LinePattern = LinePattern.Dashed;
            line.LineColor = Colors.Black;
            line.LineWidth = 1.5f;
            var label = plot.Add.Text(chart.ReferenceLabel, reference, n - 0.45);
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = 12;
            label.LabelFontName = Font;
            low = Math.Min(low, reference);
            high = Math.Max(high, reference);
        }

        plot.Axes.Left.TickGenerator = new NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room beyond the bars for the value labels: a third of the range on the side where bars end.
        double span = Math.Max(high - low, 1e-9);
        plot.Axes.SetLimitsX(low < 0 ? low - (0.35 * span) : 0, high + (0.4 * span));
        plot.Axes.SetLimitsY(-0.6, n - 0.1 + (chart.Reference is null ? 0 : 0.5));
        plot.Axes.Bottom.Label.Text = chart.ValueAxis;
        return Encode(plot);
    }

    /// <summary>
    /// A chart with nothing to draw: its title and why, in lines that fit the slide, without axes (ScottPlot's title
    /// goes with its axes, so the title is drawn as text).
    /// </summary>
    private static byte[] EmptyPng(Plot plot, string title, string message)
    {
        plot.HideAxesAndGrid();
        var heading = plot.Add.Text(title, 0, 0.95);
        heading.LabelFontName = Font;
        heading.LabelFontSize = 14;
        heading.LabelBold = true;
        heading.LabelAlignment = Alignment.UpperCenter;
        var text = plot.Add.Text(string.Join('\n', TextWrap.Lines(message, EmptyMessageWidth, EmptyMessageFontSize)), 0, 0);
        text.LabelFontName = Font;
        text.LabelFontSize = EmptyMessageFontSize;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        return Encode(plot);
    }

    public static byte[] Png(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Plot plot = NewPlot(chart.Title);
        double[] years = [.. chart.Years.Select(y => (double)y)];
        foreach (LineSeries series in chart.Series.OrderBy(s => s.Highlight))
        {
            var scatter = plot.Add.Scatter(years, [.. series.Values.Take(years.Length)]);
            scatter.LegendText = series.Label;
            scatter.Color = Color.FromHex(series.Colour);
            scatter.LineWidth = series.Highlight ? 5 : 3;
            scatter.MarkerSize = series.Highlight ? 8 : 6;
        }

        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = Font;
        plot.Legend.FontSize = 13;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.Axes.Left.Label.Text = chart.YAxis;
        plot.Axes.Bottom.Label.Text = "Year";
        if (years.Length > 0)
        {
            plot.Axes.SetLimitsY(0, Math.Max(1, chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max() * 1.08));
        }

        return Encode(plot);
    }

    private static Plot NewPlot(string title)
    {
        _ = Fonts.Value;
        var plot = new Plot { ScaleFactor = 2 };
        plot.Font.Set(Font);
        plot.Title(title, size: 14);
        plot.Axes.Title.Label.FontName = Font;
        plot.Axes.Title.Label.Bold = true;
        return plot;
    }

    private static bool RegisterFonts()
    {
        string regular = Path.Combine(FontFolder, "DejaVuSans.ttf");
        string bold = Path.Combine(FontFolder, "DejaVuSans-Bold.ttf");
        if (!File.Exists(regular) || !File.Exists(bold))
        {
            return false;
        }

        ScottPlot.Fonts.AddFontFile(Font, regular, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Font, bold, bold: true, italic: false);
        return true;
    }
}
