using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>The headline ranking under each AI definition side by side, with the countries whose rank changes marked.</summary>
internal static class SensitivitySection
{
    public static void Append(StringBuilder html, IndicatorResults results)
    {
        SensitivityTable table = results.Sensitivity;
        html.Append("<section id=\"sensitivity\">\n<h2>Sensitivity to the definition of AI</h2>\n");
        html.Append("<p>").Append(Markup.Escape(Sentence(results))).Append("</p>\n");
        List<SensitivityRow> rows = [.. table.Rows.Where(r => r.BestRank <= results.Top)];
        html.Append("<div class=\"scroll\"><table id=\"sensitivity-table\">\n");
        Caption.Open(html);
        Caption.Define(html, "Definitions", "categories: a core AI arXiv category; phrases: AI phrases in the title or abstract; vocabulary: the 2020 study\u2019s expanded vocabulary; model: the trained classifier; combined: the run\u2019s default mix of rules and model.");
        Caption.Define(html, "Rank (Any)", "the country\u2019s place by AI papers on image, sound or text under that definition (ties share the best rank), with the papers in brackets; \u2013 when it has none.");
        Caption.Define(html, "Changes", "yes when the country\u2019s rank differs between any two definitions; such rows are highlighted. Countries in the top " + results.Top.ToString(CultureInfo.InvariantCulture) + " under at least one definition are shown.");
        Caption.Close(html);
        html.Append("<thead><tr><th scope=\"col\">Country</th>");
        foreach (string definition in table.Definitions)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(Markup.Escape(definition)).Append("</th>");
        }

        html.Append("<th scope=\"col\">Changes</th></tr></thead>\n<tbody>\n");
        foreach (SensitivityRow row in rows)
        {
            html.Append(row.RankChanges ? "<tr class=\"changed\">" : "<tr" + Caption.RowClass(row.Country) + ">");
            Caption.Country(html, row.Country);
            for (int d = 0; d < table.Definitions.Count; d++)
            {
                string rank = row.Ranks[d] is int r ? r.ToString(CultureInfo.InvariantCulture) : "\u2013";
                html.Append("<td class=\"num\">").Append(rank).Append(" <span class=\"code\">(").Append(Numbers.Count(row.Any[d])).Append(")</span></td>");
            }

            html.Append(row.RankChanges ? "<td><strong>yes</strong></td>" : "<td>no</td>").Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        Caption.CsvLink(html, ReportFiles.Sensitivity);
        html.Append("</section>\n");
    }

    /// <summary>What the table shows, in a sentence: how many definitions, and which countries move.</summary>
    internal static string Sentence(IndicatorResults results)
    {
        SensitivityTable table = results.Sensitivity;
        if (table.Definitions.Count < 2)
        {
            string only = table.Definitions.Count == 1 ? table.Definitions[0] : results.AiDefinition;
            return $"Only one AI definition was measured in this run (\u201C{only}\u201D), so no rank can change here; a run that measures several definitions shows them side by side.";
        }

        IReadOnlyList<string> changing = table.Changing(results.Top);
        string names = string.Join(", ", changing.Select(CountryLabel.Name));
        string definitions = string.Join(", ", table.Definitions);
        return changing.Count == 0
            ? $"The ranking was measured under {table.Definitions.Count} definitions of AI ({definitions}): no country in the top {results.Top} changes rank."
            : $"The ranking was measured under {table.Definitions.Count} definitions of AI ({definitions}). Countries in the top {results.Top} whose rank changes: {names}.";
    }
}
