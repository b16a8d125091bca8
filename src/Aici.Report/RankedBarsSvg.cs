using System.Globalization;
using System.Text;

using static Aici.Report.SvgText;

namespace Aici.Report;

/// <summary>
/// Draws a <see cref="BarChart"/> as a standalone SVG. Bars grow from a zero line, to the right for positive values
/// and to the left for negative ones; each value's text sits beyond the end of its bar or whisker, in space reserved
/// for it, so no text overlaps a bar, another text, or the chart's edge. Same chart, same bytes.
/// </summary>
public static class RankedBarsSvg
{
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double MinLabelWidth = 80;
    private const double MaxLabelWidth = 210;
    private const double LabelGap = 10;
    private const double ValueGap = 6;
    private const double CapHeight = 8;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var body = new StringBuilder();
        double y = Lines(body, chart.Title, Margin, TitleSize, bold: true, Ink);
        y = Lines(body, chart.Subtitle, y + 4, TextSize, bold: false, Muted);

        IReadOnlyList<BarChartRow> rows = chart.Rows;
        if (rows.Count == 0)
        {
            y = Lines(body, chart.Empty, y + 8, TextSize, bold: false, Muted);
            y = Lines(body, chart.Note, y + 4, SmallSize, bold: false, Muted);
            return Document(chart.Id, chart.Title, chart.Title + ". " + chart.Empty, Math.Ceiling(y + Margin), body);
        }

        double labelWidth = Math.Clamp(rows.Max(r => TextWidth.Of(r.Label, TextSize, r.Highlight)), MinLabelWidth, MaxLabelWidth);
        double rightReserve = ValueGap + rows.Where(r => r.Value >= 0).Select(r => TextWidth.Of(r.ValueText, SmallSize, r.Highlight)).DefaultIfEmpty(0).Max();
        double leftReserve = rows.Any(r => r.Value < 0)
            ? ValueGap + rows.Where(r => r.Value < 0).Max(r => TextWidth.Of(r.ValueText, SmallSize, r.Highlight))
            : 0;

        double low = Math.Min(0, rows.Min(r => Math.Min(r.Value, r.Interval?.Low ?? r.Value)));
        double high = Math.Max(0, rows.Max(r => Math.Max(r.Value, r.Interval?.High ?? r.Value)));
        if (chart.Reference is double reference && double.IsFinite(reference))
        {
            low = Math.Min(low, reference);
            high = Math.Max(high, reference);
        }

        if (high - low <= 0)
        {
            high = low + 1;
        }

        double plotLeft = Margin + labelWidth + LabelGap + leftReserve;
        double plotRight = Width - Margin - rightReserve;
        double X(double v) => plotLeft + ((Clamp(v, low, high) - low) / (high - low) * (plotRight - plotLeft));

        // The reference line's label has a line of its own above the rows, so that it can touch nothing.
        double rowsTop = y + 8;
        if (chart.Reference is double line && double.IsFinite(line) && chart.ReferenceLabel.Length > 0)
        {
            double width = TextWidth.Of(chart.ReferenceLabel, SmallSize);
            double x = Math.Clamp(X(line), Margin + (width / 2), Width - Margin - (width / 2));
            Label(body, chart.ReferenceLabel, x, y + 8 + SmallSize, SmallSize, Muted, "middle");
            rowsTop = y + 8 + SmallSize + 8;
        }

        double rowsBottom = rowsTop + (rows.Count * RowHeight);
        for (int i = 1; i < rows.Count; i += 2)
        {
            body.Append(Invariant, $"<rect x=\"{C(Margin)}\" y=\"{C(rowsTop + (i * RowHeight))}\" width=\"{C(Width - (2 * Margin))}\" height=\"{C(RowHeight)}\" fill=\"{Band}\"/>\n");
        }

        body.Append("<g class=\"countries\">\n");
        for (int i = 0; i < rows.Count; i++)
        {
            BarChartRow row = rows[i];
            string shown = TextWidth.Fit(row.Label, labelWidth, TextSize, row.Highlight);
            Label(body, shown, Margin + labelWidth, Baseline(rowsTop, i, TextSize), TextSize, Ink, "end", row.Highlight);
        }

        body.Append("</g>\n<g class=\"bars\">\n");
        double zero = X(0);
        for (int i = 0; i < rows.Count; i++)
        {
            AppendRow(body, rows[i], i, rowsTop, zero, X);
        }

        body.Append("</g>\n");
        body.Append(Invariant, $"<line x1=\"{C(zero)}\" y1=\"{C(rowsTop)}\" x2=\"{C(zero)}\" y2=\"{C(rowsBottom)}\" stroke=\"{Axis}\" stroke-width=\"1\"/>\n");
        if (chart.Reference is double refLine && double.IsFinite(refLine))
        {
            body.Append(Invariant, $"<line class=\"reference\" x1=\"{C(X(refLine))}\" y1=\"{C(rowsTop - 4)}\" x2=\"{C(X(refLine))}\" y2=\"{C(rowsBottom)}\" stroke=\"{Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n");
        }

        y = Lines(body, chart.Note, rowsBottom + 10, SmallSize, bold: false, Muted);
        return Document(chart.Id, chart.Title, Description(chart), Math.Ceiling(y + Margin), body);
    }

    private static void AppendRow(StringBuilder body, BarChartRow row, int i, double rowsTop, double zero, Func<double, double> x)
    {
        double value = double.IsFinite(row.Value) ? row.Value : 0;
        double end = x(value);
        double left = Math.Min(zero, end);
        double width = Math.Max(Math.Abs(end - zero), value == 0 ? 0 : 1);
        double barTop = rowsTop + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
        double middle = barTop + (BarHeight / 2);
        string colour = row.Highlight ? OkabeIto.Vermillion : OkabeIto.Blue;
        string tip = Markup.Escape(row.Label + ": " + row.ValueText);
        body.Append(Invariant, $"<rect class=\"bar\" x=\"{C(left)}\" y=\"{C(barTop)}\" width=\"{C(width)}\" height=\"{C(BarHeight)}\" fill=\"{colour}\"><title>{tip}</title></rect>\n");

        double outer = end;
        if (row.Interval is { } interval && double.IsFinite(interval.Low) && double.IsFinite(interval.High))
        {
            double lo = x(interval.Low);
            double hi = x(interval.High);
            body.Append(Invariant, $"<path class=\"whisker\" d=\"M{C(lo)} {C(middle)}H{C(hi)}M{C(lo)} {C(middle - (CapHeight / 2))}V{C(middle + (CapHeight / 2))}M{C(hi)} {C(middle - (CapHeight / 2))}V{C(middle + (CapHeight / 2))}\" stroke=\"{Ink}\" stroke-width=\"1.5\" fill=\"none\"/>\n");
            outer = value >= 0 ? Math.Max(end, hi) : Math.Min(end, lo);
        }

        double baseline = Baseline(rowsTop, i, SmallSize);
        if (value >= 0)
        {
            Label(body, row.ValueText, outer + ValueGap, baseline, SmallSize, Ink, "start", row.Highlight);
        }
        else
        {
            Label(body, row.ValueText, outer - ValueGap, baseline, SmallSize, Ink, "end", row.Highlight);
        }
    }

    private static double Baseline(double rowsTop, int row, double size) => rowsTop + (row * RowHeight) + (RowHeight / 2) + (0.36 * size);

    private static double Clamp(double value, double low, double high) => double.IsFinite(value) ? Math.Clamp(value, low, high) : low;

    private static string Description(BarChart chart)
    {
        var sb = new StringBuilder(chart.Title).Append('.');
        if (chart.Reference is not null && chart.ReferenceLabel.Length > 0)
        {
            sb.Append(' ').Append(chart.ReferenceLabel).Append('.');
        }

        foreach (BarChartRow row in chart.Rows)
        {
            sb.Append(' ').Append(row.Label).Append(": ").Append(row.ValueText).Append('.');
        }

        return sb.ToString();
    }
}
