using System.Globalization;
using System.Text;

using static Aici.Report.SvgText;

namespace Aici.Report;

/// <summary>
/// Draws a <see cref="LineChart"/> as a standalone SVG: a line per series over the years, the y scale in round steps,
/// the years below (every one, or every second, fifth… when they would not fit), and each series named at its end,
/// the names moved apart so that none overlaps another. Same chart, same bytes.
/// </summary>
public static class LineChartSvg
{
    private const double PlotHeight = 340;
    private const double EndGap = 8;
    private const double TickGap = 6;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50];
    private static readonly double[] Multiples = [1, 2, 5, 10];

    public static string Render(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var body = new StringBuilder();
        double y = Lines(body, chart.Title, Margin, TitleSize, bold: true, Ink);
        y = Lines(body, chart.Subtitle, y + 4, TextSize, bold: false, Muted);
        if (chart.Years.Count == 0 || chart.Series.Count == 0)
        {
            y = Lines(body, "No located AI paper has a year in this window.", y + 8, TextSize, bold: false, Muted);
            return Document(chart.Id, chart.Title, chart.Title, Math.Ceiling(y + Margin), body);
        }

        double max = chart.Series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        (double step, int ticks) = Scale(max);
        List<string> tickLabels = [.. Enumerable.Range(0, ticks + 1).Select(t => Numbers.Count(t * step))];
        double tickWidth = tickLabels.Max(t => TextWidth.Of(t, SmallSize));
        List<string> names = [.. chart.Series.Select(s => TextWidth.Fit(s.Label, 200, SmallSize, s.Highlight))];
        double nameWidth = chart.Series.Select((s, i) => TextWidth.Of(names[i], SmallSize, s.Highlight)).Max();

        // The y axis's name sits on its own line above the plot.
        double axisBaseline = y + 8 + SmallSize;
        Label(body, chart.YAxis, Margin, axisBaseline, SmallSize, Muted);
        double plotTop = axisBaseline + 14;
        double plotBottom = plotTop + PlotHeight;
        double plotLeft = Margin + tickWidth + TickGap;
        double yearWidth = TextWidth.Of("0000", SmallSize);
        double plotRight = Width - Margin - nameWidth - EndGap - Math.Max(0, (yearWidth / 2) - EndGap);
        double top = ticks * step;
        int n = chart.Years.Count;
        double X(int i) => n == 1 ? (plotLeft + plotRight) / 2 : plotLeft + (i * (plotRight - plotLeft) / (n - 1));
        double Y(double v) => plotBottom - (Math.Clamp(double.IsFinite(v) ? v : 0, 0, top) / top * PlotHeight);

        // Grid lines and tick labels.
        for (int t = 0; t <= ticks; t++)
        {
            double ty = Y(t * step);
            body.Append(Invariant, $"<line x1=\"{C(plotLeft)}\" y1=\"{C(ty)}\" x2=\"{C(plotRight)}\" y2=\"{C(ty)}\" stroke=\"{(t == 0 ? Axis : Grid)}\" stroke-width=\"1\"/>\n");
            Label(body, tickLabels[t], plotLeft - TickGap, ty + (0.36 * SmallSize), SmallSize, Muted, "end");
        }

        // Years: every k-th, so that neighbours keep a gap of at least one character.
        double spacing = n == 1 ? double.MaxValue : (plotRight - plotLeft) / (n - 1);
        int every = YearSteps.First(k => k * spacing >= yearWidth + 8 || k == 50);
        for (int i = 0; i < n; i++)
        {
            if ((n - 1 - i) % every == 0)
            {
                Label(body, chart.Years[i].ToString(Invariant), X(i), plotBottom + 8 + SmallSize, SmallSize, Muted, "middle");
            }
        }

        // Lines, the highlighted one last so that it is drawn on top.
        foreach (LineSeries series in chart.Series.OrderBy(s => s.Highlight))
        {
            var points = string.Join(' ', series.Values.Take(n).Select((v, i) => C(X(i)) + "," + C(Y(v))));
            double stroke = series.Highlight ? 4 : 2.5;
            body.Append(Invariant, $"<polyline class=\"series\" data-series=\"{Markup.Escape(series.Label)}\" points=\"{points}\" fill=\"none\" stroke=\"{series.Colour}\" stroke-width=\"{C(stroke)}\" stroke-linejoin=\"round\"><title>{Markup.Escape(series.Label)}</title></polyline>\n");
        }

        // End labels, moved apart by at least a line's height and kept within the plot's height.
        double[] baselines = EndBaselines([.. chart.Series.Select(s => Y(s.Values.Count >= n ? s.Values[n - 1] : 0) + (0.36 * SmallSize))], plotTop + SmallSize, plotBottom + (0.36 * SmallSize));
        for (int s = 0; s < chart.Series.Count; s++)
        {
            Label(body, names[s], plotRight + EndGap, baselines[s], SmallSize, chart.Series[s].Colour == OkabeIto.Yellow ? Ink : chart.Series[s].Colour, "start", chart.Series[s].Highlight);
        }

        y = Lines(body, chart.Note, plotBottom + 8 + SmallSize + 10, SmallSize, bold: false, Muted);
        return Document(chart.Id, chart.Title, Description(chart), Math.Ceiling(y + Margin), body);
    }

    /// <summary>A round step (1, 2 or 5 × 10^k) giving 4 to 6 ticks above zero, and the number of ticks.</summary>
    internal static (double Step, int Ticks) Scale(double max)
    {
        if (!(max > 0))
        {
            return (1, 1);
        }

        double raw = max / 5;
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = Multiples.Select(m => m * power).First(s => s >= raw);
        if (step < 1)
        {
            step = 1;
        }

        return (step, (int)Math.Ceiling(max / step));
    }

    /// <summary>Baselines for the end labels: as wanted, then pushed apart top-down and back up from the bottom.</summary>
    internal static double[] EndBaselines(IReadOnlyList<double> wanted, double min, double max)
    {
        const double Gap = SmallSize + 3;
        int[] order = [.. Enumerable.Range(0, wanted.Count).OrderBy(i => wanted[i]).ThenBy(i => i)];
        double[] placed = new double[wanted.Count];
        double previous = double.NegativeInfinity;
        foreach (int i in order)
        {
            placed[i] = Math.Max(Math.Max(wanted[i], min), previous + Gap);
            previous = placed[i];
        }

        double next = double.PositiveInfinity;
        foreach (int i in order.Reverse())
        {
            placed[i] = Math.Min(placed[i], Math.Min(max, next - Gap));
            next = placed[i];
        }

        return placed;
    }

    private static string Description(LineChart chart)
    {
        var sb = new StringBuilder(chart.Title).Append('.');
        foreach (LineSeries series in chart.Series)
        {
            sb.Append(' ').Append(series.Label).Append(':');
            for (int i = 0; i < chart.Years.Count && i < series.Values.Count; i++)
            {
                sb.Append(Invariant, $" {chart.Years[i]} {Numbers.Count(series.Values[i])}{(i < chart.Years.Count - 1 ? "," : ".")}");
            }
        }

        return sb.ToString();
    }
}
