using System.Globalization;
using System.Text;

namespace Aici.Report;

/// <summary>What the indicator charts share: the frame, wrapped text lines, and coordinates written invariantly.</summary>
internal static class SvgText
{
    public const double Width = 960;
    public const double Margin = 20;
    public const double TitleSize = 18;
    public const double TextSize = 13;
    public const double SmallSize = 12;
    public const double LineGap = 6;

    public const string Ink = "#1F2937";
    public const string Muted = "#4B5563";
    public const string Axis = "#6B7280";
    public const string Grid = "#E5E7EB";
    public const string Band = "#F1F3F6";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Appends <paramref name="text"/> wrapped to the chart's width; returns the y below its last line.</summary>
    public static double Lines(StringBuilder body, string text, double top, double size, bool bold, string fill)
    {
        double y = top;
        string weight = bold ? " font-weight=\"bold\"" : string.Empty;
        foreach (string line in TextWrap.Lines(text, Width - (2 * Margin), size, bold))
        {
            y += size;
            body.Append(Invariant, $"<text x=\"{C(Margin)}\" y=\"{C(y)}\" font-size=\"{C(size)}\"{weight} fill=\"{fill}\">{Markup.Escape(line)}</text>\n");
            y += LineGap;
        }

        return y;
    }

    /// <summary>One line of text at a point; <paramref name="anchor"/> is start, middle or end.</summary>
    public static void Label(StringBuilder body, string text, double x, double y, double size, string fill, string anchor = "start", bool bold = false)
    {
        string weight = bold ? " font-weight=\"bold\"" : string.Empty;
        string anchoring = anchor == "start" ? string.Empty : $" text-anchor=\"{anchor}\"";
        body.Append(Invariant, $"<text x=\"{C(x)}\" y=\"{C(y)}\" font-size=\"{C(size)}\"{anchoring}{weight} fill=\"{fill}\">{Markup.Escape(text)}</text>\n");
    }

    /// <summary>The whole SVG: size, accessible title and description, white background, then the body.</summary>
    public static string Document(string id, string title, string description, double height, StringBuilder body)
    {
        var svg = new StringBuilder(body.Length + 1024);
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{C(Width)}\" height=\"{C(height)}\" viewBox=\"0 0 {C(Width)} {C(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"{BarChartSvg.FontFamily}\">\n");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{Markup.Escape(title)}</title>\n");
        svg.Append(Invariant, $"<desc id=\"{id}-desc\">{Markup.Escape(description)}</desc>\n");
        svg.Append(Invariant, $"<rect width=\"{C(Width)}\" height=\"{C(height)}\" fill=\"#FFFFFF\"/>\n");
        svg.Append(body);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    public static string C(double value) => Numbers.Coordinate(value);
}
