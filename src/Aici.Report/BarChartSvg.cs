using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The headline chart as one standalone SVG: the top countries by AI papers on any of image, sound and text, drawn as
/// four small panels of horizontal bars that share the country rows (any, image, sound, text), each with its own
/// scale and a value label at the end of every bar. Text sizes and positions are worked out here, without a browser,
/// so that labels are at least 12 px, never overlap and are never clipped. Same table, same bytes.
/// </summary>
public static class BarChartSvg
{
    /// <summary>How many countries the chart shows unless asked otherwise.</summary>
    public const int DefaultTop = 15;

    /// <summary>The fonts the chart asks for: DejaVu Sans (what the label widths are measured in), then fallbacks.</summary>
    public const string FontFamily = "'DejaVu Sans', Arial, sans-serif";

    /// <summary>The id of the chart's <c>&lt;title&gt;</c>; unique within the HTML report.</summary>
    public const string TitleId = "aici-country-chart-title";

    private const string DescriptionId = "aici-country-chart-desc";

    private const double Width = 960;
    private const double Margin = 20;
    private const double TitleSize = 18;
    private const double TextSize = 13;
    private const double SmallSize = 12;
    private const double LineGap = 6;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double MinLabelWidth = 80;
    private const double MaxLabelWidth = 210;
    private const double LabelGap = 10;
    private const double PanelGap = 24;
    private const double ValueGap = 5;
    private const double SwatchSize = 12;

    private const string Ink = "#1F2937";
    private const string Muted = "#4B5563";
    private const string Axis = "#6B7280";
    private const string Band = "#F1F3F6";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Panel[] Panels =
    [
        new("Any modality", OkabeIto.Blue, r => r.Any, 1.4),
        new("Image", OkabeIto.Orange, r => r.Image, 1),
        new("Sound", OkabeIto.BluishGreen, r => r.Sound, 1),
        new("Text", OkabeIto.ReddishPurple, r => r.Text, 1),
    ];

    /// <summary>The chart for the <paramref name="top"/> rows of <paramref name="table"/> by the "any" column.</summary>
    /// <param name="illustrative">Marks the chart as drawn from demo data, so that it cannot be mistaken for results.</param>
    public static string Render(CountryModalityTable table, int top = DefaultTop, bool illustrative = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);

        List<CountryModalityRow> rows = [.. table.Rows.OrderByDescending(r => r.Any).Take(top)];
        List<string> names = rows.ConvertAll(r => CountryLabel.Name(r.Country));
        double contentWidth = Width - (2 * Margin);

        var body = new StringBuilder();
        double y = Margin;

        // Title, subtitle and the demo-data warning, each wrapped to the width.
        string title = string.Create(Invariant, $"AI research on image, sound and text: top {rows.Count} countries");
        y = AppendLines(body, title, y, TitleSize, bold: true, Ink, contentWidth);
        string years = table.Years.IsOpen ? "all years" : table.Years.ToString();
        string subtitle = $"AI papers by country ({years}), ranked by papers on any of the three modalities. "
            + "Each panel has its own scale.";
        y = AppendLines(body, subtitle, y + 4, TextSize, bold: false, Muted, contentWidth);
        if (illustrative)
        {
            y = AppendLines(body, "Illustrative demo data \u2014 not real results", y + 2, TextSize, bold: true, OkabeIto.Vermillion, contentWidth);
        }

        // Country labels on the left, as wide as the longest name needs (within limits).
        double labelWidth = Math.Clamp(
            names.Count == 0 ? MinLabelWidth : names.Max(n => TextWidth.Of(n, TextSize)),
            MinLabelWidth,
            MaxLabelWidth);
        double panelsLeft = Margin + labelWidth + LabelGap;
        double panelsWidth = Width - Margin - panelsLeft - (PanelGap * (Panels.Length - 1));
        double weights = Panels.Sum(p => p.Weight);

        double headerBaseline = y + 16 + TextSize;
        double rowsTop = headerBaseline + 10;
        double rowsBottom = rowsTop + (Math.Max(rows.Count, 1) * RowHeight);

        // Zebra bands across all panels, so that a country's row can be followed from left to right.
        for (int i = 1; i < rows.Count; i += 2)
        {
            body.Append(Invariant, $"<rect x=\"{C(Margin)}\" y=\"{C(rowsTop + (i * RowHeight))}\" width=\"{C(contentWidth)}\" height=\"{C(RowHeight)}\" fill=\"{Band}\"/>\n");
        }

        // Country names, right-aligned against the first panel; long names are cut, with the full name as a tooltip.
        body.Append("<g class=\"countries\">\n");
        for (int i = 0; i < rows.Count; i++)
        {
            string shown = TextWidth.Fit(names[i], labelWidth, TextSize);
            string tooltip = shown == names[i] ? string.Empty : "<title>" + Markup.Escape(names[i]) + "</title>";
            body.Append(Invariant, $"<text x=\"{C(Margin + labelWidth)}\" y=\"{C(Baseline(rowsTop, i, TextSize))}\" font-size=\"{C(TextSize)}\" text-anchor=\"end\" fill=\"{Ink}\">{tooltip}{Markup.Escape(shown)}</text>\n");
        }

        body.Append("</g>\n");

        double x = panelsLeft;
        foreach (Panel panel in Panels)
        {
            double width = panelsWidth * panel.Weight / weights;
            AppendPanel(body, panel, rows, names, x, width, headerBaseline, rowsTop, rowsBottom);
            x += width + PanelGap;
        }

        if (rows.Count == 0)
        {
            body.Append(Invariant, $"<text x=\"{C(panelsLeft)}\" y=\"{C(Baseline(rowsTop, 0, TextSize))}\" font-size=\"{C(TextSize)}\" fill=\"{Muted}\">No AI paper in this run could be located in a country.</text>\n");
        }

        string note = (table.Counting == Counting.Whole
                ? "Whole counting: a paper counts once in each of its countries. "
                : "Fractional counting: each located author holds an equal part of a paper, split over their countries. ")
            + "\u201CAny modality\u201D counts a paper once even when it is about more than one of image, sound and text.";
        y = AppendLines(body, note, rowsBottom + 10, SmallSize, bold: false, Muted, contentWidth);
        double height = Math.Ceiling(y + Margin);

        var svg = new StringBuilder(body.Length + 1024);
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{C(Width)}\" height=\"{C(height)}\" viewBox=\"0 0 {C(Width)} {C(height)}\" role=\"img\" aria-labelledby=\"{TitleId} {DescriptionId}\" font-family=\"{FontFamily}\">\n");
        svg.Append(Invariant, $"<title id=\"{TitleId}\">{Markup.Escape(title)}</title>\n");
        svg.Append(Invariant, $"<desc id=\"{DescriptionId}\">{Markup.Escape(Description(rows, names, years, illustrative))}</desc>\n");
        svg.Append(Invariant, $"<rect width=\"{C(Width)}\" height=\"{C(height)}\" fill=\"#FFFFFF\"/>\n");
        svg.Append(body);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendPanel(
        StringBuilder body,
        Panel panel,
        List<CountryModalityRow> rows,
        List<string> names,
        double left,
        double width,
        double headerBaseline,
        double rowsTop,
        double rowsBottom)
    {
        List<string> labels = rows.ConvertAll(r => Numbers.Count(panel.Value(r)));
        double reserve = ValueGap + (labels.Count == 0 ? 0 : labels.Max(l => TextWidth.Of(l, SmallSize)));
        double barMax = Math.Max(width - reserve, 1);
        double max = rows.Count == 0 ? 0 : rows.Max(r => SafeValue(panel.Value(r)));

        body.Append(Invariant, $"<g class=\"panel\" data-measure=\"{Markup.Escape(panel.Name)}\">\n");

        // The panel's header doubles as the legend: a colour swatch and the measure's name.
        string header = TextWidth.Fit(panel.Name, width - SwatchSize - 6, TextSize, bold: true);
        body.Append(Invariant, $"<g class=\"legend\"><rect x=\"{C(left)}\" y=\"{C(headerBaseline - SwatchSize + 1)}\" width=\"{C(SwatchSize)}\" height=\"{C(SwatchSize)}\" rx=\"2\" fill=\"{panel.Colour}\"/>");
        body.Append(Invariant, $"<text x=\"{C(left + SwatchSize + 6)}\" y=\"{C(headerBaseline)}\" font-size=\"{C(TextSize)}\" font-weight=\"bold\" fill=\"{Ink}\">{Markup.Escape(header)}</text></g>\n");

        for (int i = 0; i < rows.Count; i++)
        {
            double value = SafeValue(panel.Value(rows[i]));
            double length = max > 0 ? value / max * barMax : 0;
            if (value > 0 && length < 1)
            {
                length = 1;
            }

            double barTop = rowsTop + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            string tip = Markup.Escape(string.Create(Invariant, $"{names[i]}, {panel.Name.ToLowerInvariant()}: {labels[i]}"));
            body.Append(Invariant, $"<rect class=\"bar\" x=\"{C(left)}\" y=\"{C(barTop)}\" width=\"{C(length)}\" height=\"{C(BarHeight)}\" fill=\"{panel.Colour}\"><title>{tip}</title></rect>\n");
            body.Append(Invariant, $"<text x=\"{C(left + length + ValueGap)}\" y=\"{C(Baseline(rowsTop, i, SmallSize))}\" font-size=\"{C(SmallSize)}\" fill=\"{Ink}\">{Markup.Escape(labels[i])}</text>\n");
        }

        body.Append(Invariant, $"<line x1=\"{C(left)}\" y1=\"{C(rowsTop)}\" x2=\"{C(left)}\" y2=\"{C(rowsBottom)}\" stroke=\"{Axis}\" stroke-width=\"1\"/>\n");
        body.Append("</g>\n");
    }

    /// <summary>Appends <paramref name="text"/> wrapped to the width; returns the y below its last line.</summary>
    private static double AppendLines(StringBuilder body, string text, double top, double size, bool bold, string fill, double width)
    {
        double y = top;
        string weight = bold ? " font-weight=\"bold\"" : string.Empty;
        foreach (string line in TextWrap.Lines(text, width, size, bold))
        {
            y += size;
            body.Append(Invariant, $"<text x=\"{C(Margin)}\" y=\"{C(y)}\" font-size=\"{C(size)}\"{weight} fill=\"{fill}\">{Markup.Escape(line)}</text>\n");
            y += LineGap;
        }

        return y;
    }

    /// <summary>The baseline that centres text of <paramref name="size"/> vertically in row <paramref name="row"/>.</summary>
    private static double Baseline(double rowsTop, int row, double size) => rowsTop + (row * RowHeight) + (RowHeight / 2) + (0.36 * size);

    private static double SafeValue(double value) => double.IsFinite(value) && value > 0 ? value : 0;

    private static string C(double value) => Numbers.Coordinate(value);

    private static string Description(List<CountryModalityRow> rows, List<string> names, string years, bool illustrative)
    {
        var sb = new StringBuilder();
        if (illustrative)
        {
            sb.Append("Illustrative demo data, not real results. ");
        }

        sb.Append(Invariant, $"Horizontal bar charts of AI papers by country, {years}, whole counting, for the {rows.Count} countries with the most papers on any of image, sound and text.");
        for (int i = 0; i < rows.Count; i++)
        {
            CountryModalityRow r = rows[i];
            sb.Append(Invariant, $" {names[i]}: any {Numbers.Count(r.Any)}, image {Numbers.Count(r.Image)}, sound {Numbers.Count(r.Sound)}, text {Numbers.Count(r.Text)}.");
        }

        return sb.ToString();
    }

    private sealed record Panel(string Name, string Colour, Func<CountryModalityRow, double> Value, double Weight);
}
