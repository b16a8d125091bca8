using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>Growth over the growth window: the chart of the largest countries, and the table of every country above the minimum.</summary>
internal static class GrowthSection
{
    public static void Append(StringBuilder html, IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        int from = set.Settings.GrowthFrom;
        int to = set.Settings.GrowthTo;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"growth\">\n<h2>Growth of AI research, {from}\u2013{to}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>How fast each country\u2019s AI research grew between {from} and {to}, against the world\u2019s {Markup.Escape(EstimateText.Change(set.WorldGrowth.PercentChange, intervals))}. ");
        html.Append(CultureInfo.InvariantCulture, $"Only countries with at least {Numbers.Count(set.GrowthMinimum)} AI papers in {from} are measured, so that a handful of papers cannot make a record growth rate.</p>\n");
        html.Append("<figure id=\"growth-chart\">\n").Append(RankedBarsSvg.Render(IndicatorCharts.Growth(results))).Append("</figure>\n");

        html.Append("<table id=\"growth-table\">\n");
        Caption.Open(html);
        Caption.Define(html, "Papers " + from.ToString(CultureInfo.InvariantCulture) + ", " + to.ToString(CultureInfo.InvariantCulture), $"the country\u2019s AI papers (all modalities and none) first published in that year, {IndicatorCharts.Counting(set)} counting.");
        Caption.Define(html, "% change", $"100 \u00D7 (papers {to} \u00F7 papers {from} \u2212 1).");
        Caption.Define(html, "CAGR", $"compound annual growth rate: (papers {to} \u00F7 papers {from})^(1 \u00F7 {to - from}) \u2212 1, in percent: the steady yearly growth that gives the same change.");
        Caption.Define(html, "Minimum volume", $"{Numbers.Count(set.GrowthMinimum)} papers in {from}: 1% of the world\u2019s papers that year, at least 5 and at most 30, unless set with --growth-min.");
        if (intervals)
        {
            Caption.Define(html, "(a to b)", Caption.IntervalDefinition);
        }

        Caption.Close(html);
        html.Append(CultureInfo.InvariantCulture, $"<thead><tr><th scope=\"col\">Country</th><th scope=\"col\" class=\"num\">Papers {from}</th><th scope=\"col\" class=\"num\">Papers {to}</th>");
        html.Append("<th scope=\"col\" class=\"num\">% change</th><th scope=\"col\" class=\"num\">CAGR</th></tr></thead>\n<tbody>\n");
        foreach (GrowthEstimate row in set.Growth)
        {
            html.Append("<tr").Append(Caption.RowClass(row.Country)).Append('>');
            Caption.Country(html, row.Country);
            AppendValues(html, row, intervals);
        }

        if (set.Growth.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"5\">No country has at least {Numbers.Count(set.GrowthMinimum)} AI papers in {from}.</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr class=\"world\"><th scope=\"row\">World</th>");
        AppendValues(html, set.WorldGrowth, intervals);
        html.Append("</tfoot>\n</table>\n");
        Caption.CsvLink(html, ReportFiles.Growth);
        html.Append("</section>\n");
    }

    private static void AppendValues(StringBuilder html, GrowthEstimate row, bool intervals)
    {
        html.Append("<td class=\"num\">").Append(Numbers.Count(row.Start)).Append("</td><td class=\"num\">").Append(Numbers.Count(row.End)).Append("</td>");
        html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Change(row.PercentChange, intervals))).Append("</td>");
        html.Append("<td class=\"num\">").Append(Markup.Escape(EstimateText.Change(row.Cagr, intervals))).Append("</td></tr>\n");
    }
}
