using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The headline exhibit with indicators: the top countries by AI papers on any modality, each with its rank and share
/// of the world (with intervals), the world row last, the four-panel chart, and a caption defining every column.
/// </summary>
internal static class HeadlineSection
{
    public static void Append(StringBuilder html, ReportModel model, IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        CountryModalityTable table = set.Table;
        bool intervals = set.Replicates > 0;
        bool corrected = set.WorldCorrected is not null;
        List<HeadlineRow> shown = [.. set.Headline.Where(r => r.Rank.Value <= results.Top)];
        string years = IndicatorCharts.Years(table.Years);

        html.Append("<section id=\"countries\">\n<h2>AI research on image, sound and text by country</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>The {shown.Count} leading countries by AI papers on image, sound or text, {Markup.Escape(years)}, {IndicatorCharts.Counting(set)} counting, AI definition \u201C{Markup.Escape(results.AiDefinition)}\u201D");
        html.Append(CultureInfo.InvariantCulture, $"; {Numbers.Count(set.Headline.Count)} countries in all.</p>\n");
        html.Append("<figure id=\"chart\">\n").Append(BarChartSvg.Render(table, results.Top, model.Illustrative)).Append("</figure>\n");
        html.Append("<table id=\"country-table\">\n");
        AppendCaption(html, table, intervals, corrected);
        html.Append("<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Country</th>");
        html.Append("<th scope=\"col\" class=\"num\">Image</th><th scope=\"col\" class=\"num\">Sound</th><th scope=\"col\" class=\"num\">Text</th>");
        html.Append("<th scope=\"col\" class=\"num\">Any</th><th scope=\"col\" class=\"num\">Share of world</th>");
        if (corrected)
        {
            html.Append("<th scope=\"col\" class=\"num\">Any, corrected</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (HeadlineRow row in shown)
        {
            html.Append("<tr").Append(Caption.RowClass(row.Country)).Append("><td class=\"num\">").Append(Markup.Escape(EstimateText.Rank(row.Rank, intervals))).Append("</td>");
            Caption.Country(html, row.Country);
            foreach (double value in (double[])[row.Image, row.Sound, row.Text])
            {
                html.Append("<td class=\"num\">").Append(Numbers.Count(value)).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Count(row.Any, intervals))).Append("</td>");
            html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Percent(row.Share, intervals))).Append("</td>");
            if (row.Corrected is Estimate c)
            {
                html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Count(c, intervals))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr class=\"world\"><td></td><th scope=\"row\">World (each paper once)</th>");
        foreach (double value in (double[])[table.World.Image, table.World.Sound, table.World.Text, table.World.Any])
        {
            html.Append("<td class=\"num\">").Append(Numbers.Count(value)).Append("</td>");
        }

        html.Append("<td class=\"num\">").Append(Markup.Escape(Numbers.Percent(table.World.Any, table.World.Any))).Append("</td>");
        if (set.WorldCorrected is Estimate world)
        {
            html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Count(world, intervals))).Append("</td>");
        }

        html.Append("</tr>\n</tfoot>\n</table>\n");
        Caption.CsvLink(html, ReportFiles.Headline);
        html.Append("</section>\n");
    }

    private static void AppendCaption(StringBuilder html, CountryModalityTable table, bool intervals, bool corrected)
    {
        string? unlocated = table.UnlocatedAiPapers > 0
            ? $"{Numbers.Count(table.UnlocatedAiPapers)} of {Numbers.Count(table.AiPapers)} AI papers ({Numbers.Percent(table.UnlocatedAiPapers, table.AiPapers)}) name no country that could be recognised and are in no row, nor in the world row."
            : null;
        Caption.Open(html, unlocated);
        Caption.Define(html, "AI paper", "a paper labelled as artificial-intelligence research by the run\u2019s AI definition.");
        Caption.Define(html, "Image, Sound, Text", "the modalities: AI papers about that kind of creative data. A paper may have more than one.");
        Caption.Define(html, "Any", "the de-duplicated union: AI papers with at least one of the three modalities, each counted once, so Any can be less than Image + Sound + Text.");
        Caption.Define(html, "Rank", "the country\u2019s place by Any, largest first; ties share the best rank (1, 2, 2, 4).");
        if (table.Counting == Counting.Whole)
        {
            Caption.Define(html, "Whole counting", "a paper counts once in each of its countries; the world row counts it once, so country rows add up to more than the world row.");
            Caption.Define(html, "Share of world", "the country\u2019s Any as a percentage of the world\u2019s Any; with whole counting shares add up to more than 100%.");
        }
        else
        {
            Caption.Define(html, "Fractional counting", "each located author holds an equal part of a paper, split over that author\u2019s countries; country rows add up to the world row.");
            Caption.Define(html, "Share of world", "the country\u2019s Any as a percentage of the world\u2019s Any; shares add up to 100%.");
        }

        if (corrected)
        {
            Caption.Define(html, "Any, corrected", "the expected true count: Any \u00D7 precision \u00F7 recall of the classifier, as measured in its evaluation; its interval also carries the uncertainty of precision and recall.");
        }

        if (intervals)
        {
            Caption.Define(html, "(a\u2013b)", Caption.IntervalDefinition);
        }

        Caption.Close(html);
    }
}
