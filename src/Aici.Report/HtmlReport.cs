using System.Text;

namespace Aici.Report;

/// <summary>
/// The run's report as one self-contained HTML file: inline styles and SVG, no scripts, nothing fetched from anywhere;
/// its only links are relative ones to the run's CSV tables. The same model gives the same bytes; clock time appears
/// only where the manifest holds it.
/// </summary>
public static class HtmlReport
{
    public const string Title = "Aici \u2014 AI research in the creative industries";

    /// <summary>The country × modality table as CSV, relative to the report's folder.</summary>
    public const string CountryModalityCsv = "../tables/country_modality.csv";

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");

        // Belt and braces: even if something slipped into the page, the browser would fetch nothing and run nothing.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(Markup.Escape(model.Manifest.Tool + " " + model.Manifest.ToolVersion)).Append("\">\n");
        html.Append("<title>").Append(Markup.Escape(Title)).Append("</title>\n");
        html.Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        SummarySection.Append(html, model);
        if (model.Indicators is { } indicators)
        {
            AppendIndicators(html, model, indicators);
        }
        else
        {
            CountsSection.Append(html, model.Manifest.Counts);
            CountryTableSection.Append(html, model.CountryModality);
            html.Append("<section id=\"chart\">\n<h2>Top countries by modality</h2>\n<figure>\n");
            html.Append(BarChartSvg.Render(model.CountryModality, BarChartSvg.DefaultTop, model.Illustrative));
            html.Append("</figure>\n</section>\n");
            if (model.OtherCounting is { } other)
            {
                CountryTableSection.AppendAlternative(html, other);
            }
        }

        DiagnosticsSection.Append(html, model.Diagnostics, model.DiagnosticsTotal);
        ManifestSection.Append(html, model.Manifest);

        html.Append("<footer>Made by ").Append(Markup.Escape(model.Manifest.Tool)).Append(' ').Append(Markup.Escape(model.Manifest.ToolVersion));
        html.Append(". This page is self-contained: it loads nothing from the network and runs no scripts.</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The report of a run with indicators: executive summary, one section per exhibit (chart, table, caption, CSV
    /// link), the other counting method, and the methodology.
    /// </summary>
    private static void AppendIndicators(StringBuilder html, ReportModel model, IndicatorResults indicators)
    {
        html.Append("<nav aria-label=\"Contents\"><ul class=\"contents\">");
        foreach ((string id, string name) in Contents)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\">").Append(Markup.Escape(name)).Append("</a></li>");
        }

        html.Append("</ul></nav>\n");
        ExecutiveSummarySection.Append(html, indicators);
        CountsSection.Append(html, model.Manifest.Counts);
        HeadlineSection.Append(html, model, indicators);
        GrowthSection.Append(html, indicators);
        YearlySection.Append(html, indicators);
        SpecialisationSection.Append(html, indicators);
        SensitivitySection.Append(html, indicators);
        if (model.OtherCounting is { } other)
        {
            CountryTableSection.AppendAlternative(html, other);
        }

        MethodologySection.Append(html, model.Manifest, indicators);
    }

    private static readonly (string Id, string Name)[] Contents =
    [
        ("executive-summary", "Summary"), ("countries", "Countries"), ("growth", "Growth"), ("yearly", "Per year"),
        ("specialisation", "Specialisation"), ("sensitivity", "Sensitivity"), ("methodology", "Methodology"), ("manifest", "Manifest"),
    ];

    /// <summary>Renders the report and writes it over <paramref name="path"/> atomically (see <see cref="AtomicFile"/>).</summary>
    public static void Write(ReportModel model, string path) => AtomicFile.WriteAllText(path, Render(model));
}
