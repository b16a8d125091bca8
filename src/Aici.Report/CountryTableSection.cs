using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The headline table: AI papers by country and modality, in the table's order, with the world row last and a caption
/// that defines every column.
/// </summary>
internal static class CountryTableSection
{
    /// <summary>The headline table, under the run's counting method.</summary>
    public static void Append(StringBuilder html, CountryModalityTable table) =>
        Append(html, table, "countries", "country-table", "AI papers by country and modality", HtmlReport.CountryModalityCsv);

    /// <summary>The same table under the other counting method, below the chart.</summary>
    public static void AppendAlternative(StringBuilder html, CountryModalityTable table)
    {
        string method = CountingName(table.Counting);
        Append(html, table, "countries-" + method, "country-table-" + method, $"The same table with {method} counting", $"../tables/country_modality_{method}.csv");
    }

    private static string CountingName(Counting counting) => counting == Counting.Whole ? "whole" : "fractional";

    private static void Append(StringBuilder html, CountryModalityTable table, string sectionId, string tableId, string heading, string csv)
    {
        string years = table.Years.IsOpen ? "all years" : table.Years.ToString();
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{sectionId}\">\n<h2>{Markup.Escape(heading)}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>AI papers on image, sound and text by the country of their authors, {Markup.Escape(years)}, {CountingName(table.Counting)} counting. ");
        html.Append("The same table as CSV: <a href=\"").Append(Markup.Escape(csv)).Append("\">").Append(Markup.Escape(Path.GetFileName(csv))).Append("</a>.</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{tableId}\">\n");
        AppendCaption(html, table);
        html.Append("<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Country</th>");
        html.Append("<th scope=\"col\" class=\"num\">Image</th><th scope=\"col\" class=\"num\">Sound</th><th scope=\"col\" class=\"num\">Text</th>");
        html.Append("<th scope=\"col\" class=\"num\">Any</th><th scope=\"col\" class=\"num\">Share of world</th></tr></thead>\n<tbody>\n");

        double world = table.World.Any;
        int rank = 0;
        double previous = double.NaN;
        for (int i = 0; i < table.Rows.Count; i++)
        {
            CountryModalityRow row = table.Rows[i];
            if (row.Any != previous)
            {
                rank = i + 1;
                previous = row.Any;
            }

            html.Append("<tr><td class=\"num\">").Append(rank.ToString(CultureInfo.InvariantCulture)).Append("</td><th scope=\"row\">");
            html.Append(Markup.Escape(CountryLabel.Name(row.Country)));
            if (CountryLabel.IsCode(row.Country))
            {
                html.Append("<span class=\"code\">").Append(Markup.Escape(row.Country)).Append("</span>");
            }

            html.Append("</th>");
            AppendCounts(html, row);
            html.Append("<td class=\"num\">").Append(Markup.Escape(Numbers.Percent(row.Any, world))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr class=\"world\"><td></td><th scope=\"row\">World (each paper once)</th>");
        AppendCounts(html, table.World);
        html.Append("<td class=\"num\">").Append(Markup.Escape(Numbers.Percent(world, world))).Append("</td></tr>\n</tfoot>\n</table>\n</section>\n");
    }

    private static void AppendCounts(StringBuilder html, CountryModalityRow row)
    {
        foreach (double value in (double[])[row.Image, row.Sound, row.Text, row.Any])
        {
            html.Append("<td class=\"num\">").Append(Numbers.Count(value)).Append("</td>");
        }
    }

    private static void AppendCaption(StringBuilder html, CountryModalityTable table)
    {
        html.Append("<caption>\n");
        if (table.UnlocatedAiPapers > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"{Numbers.Count(table.UnlocatedAiPapers)} of {Numbers.Count(table.AiPapers)} AI papers ({Markup.Escape(Numbers.Percent(table.UnlocatedAiPapers, table.AiPapers))}) name no country that could be recognised and are in no row, nor in the world row.\n");
        }

        html.Append("<dl>\n");
        Define(html, "AI paper", "a paper labelled as artificial-intelligence research by the run\u2019s AI taxonomy, from its arXiv categories or from phrases in its title and abstract.");
        Define(html, "Image, Sound, Text", "the modalities: AI papers about that kind of creative data, labelled by the modality taxonomy. A paper may have more than one.");
        Define(html, "Any", "the de-duplicated union: AI papers with at least one of the three modalities, each counted once, so Any can be less than Image + Sound + Text. Rows are ranked by it; ties share a rank.");
        if (table.Counting == Counting.Whole)
        {
            Define(html, "Whole counting", "a paper counts once in each of its countries: a paper with authors in two countries counts in both rows.");
            Define(html, "World", "each located paper once, whatever its number of countries; so the country rows add up to more than the world row.");
            Define(html, "Share of world", "the country\u2019s Any as a percentage of the world\u2019s Any. Because of whole counting, shares add up to more than 100%.");
        }
        else
        {
            Define(html, "Fractional counting", "each located author holds an equal part of a paper, split equally over that author\u2019s countries: a paper by two authors in the UK and one in the US adds 0.67 to the UK and 0.33 to the US.");
            Define(html, "World", "each located paper once; with fractional counting the country rows add up to the world row.");
            Define(html, "Share of world", "the country\u2019s Any as a percentage of the world\u2019s Any; shares add up to 100%.");
        }
        html.Append("</dl>\n</caption>\n");
    }

    private static void Define(StringBuilder html, string term, string definition) =>
        html.Append("<dt>").Append(Markup.Escape(term)).Append("</dt><dd>").Append(Markup.Escape(definition)).Append("</dd>\n");
}
