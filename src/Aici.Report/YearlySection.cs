using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>AI papers per year for the leading countries: the line chart and its numbers.</summary>
internal static class YearlySection
{
    public static void Append(StringBuilder html, IndicatorResults results)
    {
        LineChart chart = IndicatorCharts.Yearly(results);
        IndicatorSet set = results.Set;
        html.Append("<section id=\"yearly\">\n<h2>AI papers per year</h2>\n");
        html.Append("<p>The yearly series behind the growth rates, for the leading countries and the United Kingdom.</p>\n");
        html.Append("<figure id=\"yearly-chart\">\n").Append(LineChartSvg.Render(chart)).Append("</figure>\n");
        html.Append("<div class=\"scroll\"><table id=\"yearly-table\">\n");
        Caption.Open(html);
        Caption.Define(html, "Year", "the year of the paper\u2019s first version (or of publication, for papers without one).");
        Caption.Define(html, "Papers", $"AI papers (all modalities and none) with an author in the country, {IndicatorCharts.Counting(set)} counting; the world row counts each located paper once.");
        Caption.Close(html);
        html.Append("<thead><tr><th scope=\"col\">Country</th>");
        foreach (int year in chart.Years)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (string country in set.Headline.Take(Math.Min(results.Top, IndicatorCharts.SeriesLimit)).Select(r => r.Country)
            .Append(IndicatorResults.Highlight).Distinct().Where(set.Yearly.ByCountry.ContainsKey))
        {
            html.Append("<tr").Append(Caption.RowClass(country)).Append('>');
            Caption.Country(html, country);
            foreach (int year in chart.Years)
            {
                html.Append("<td class=\"num\">").Append(Numbers.Count(set.Yearly.Of(country, year))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr class=\"world\"><th scope=\"row\">World</th>");
        foreach (int year in chart.Years)
        {
            html.Append("<td class=\"num\">").Append(Numbers.Count(set.Yearly.World.GetValueOrDefault(year))).Append("</td>");
        }

        html.Append("</tr>\n</tfoot>\n</table></div>\n");
        Caption.CsvLink(html, ReportFiles.Yearly);
        html.Append("</section>\n");
    }
}
