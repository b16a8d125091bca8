using System.Text;

namespace Aici.Report;

/// <summary>Table captions that define every term they use, as a definition list.</summary>
internal static class Caption
{
    public static void Open(StringBuilder html, string? lead = null)
    {
        html.Append("<caption>\n");
        if (!string.IsNullOrEmpty(lead))
        {
            html.Append(Markup.Escape(lead)).Append('\n');
        }

        html.Append("<dl>\n");
    }

    public static void Define(StringBuilder html, string term, string definition) =>
        html.Append("<dt>").Append(Markup.Escape(term)).Append("</dt><dd>").Append(Markup.Escape(definition)).Append("</dd>\n");

    public static void Close(StringBuilder html) => html.Append("</dl>\n</caption>\n");

    /// <summary>The sentence that links a section to its CSV.</summary>
    public static void CsvLink(StringBuilder html, string table)
    {
        string csv = ReportFiles.Csv(table);
        html.Append("<p class=\"note\">All rows as CSV: <a href=\"").Append(Markup.Escape(csv)).Append("\">")
            .Append(Markup.Escape(Path.GetFileName(csv))).Append("</a> (and Parquet beside it).</p>\n");
    }

    /// <summary>A country's header cell: its name, then its code.</summary>
    public static void Country(StringBuilder html, string country)
    {
        html.Append("<th scope=\"row\">").Append(Markup.Escape(CountryLabel.Name(country)));
        if (CountryLabel.IsCode(country))
        {
            html.Append("<span class=\"code\">").Append(Markup.Escape(country)).Append("</span>");
        }

        html.Append("</th>");
    }

    public static string RowClass(string country) =>
        country == IndicatorResults.Highlight ? " class=\"uk\"" : string.Empty;

    public const string IntervalDefinition =
        "the range in brackets: a 95% bootstrap interval. The located AI papers were resampled with replacement, the indicator measured on each resample, and the 2.5th and 97.5th percentiles of the results kept (widened if need be to hold the estimate).";
}
