using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>The report's head: title, the demo-data banner when needed, and one paragraph on what the run measured.</summary>
internal static class SummarySection
{
    public static void Append(StringBuilder html, ReportModel model)
    {
        CountryModalityTable table = model.CountryModality;
        html.Append("<header>\n<h1>").Append(Markup.Escape(HtmlReport.Title)).Append("</h1>\n");
        if (model.Illustrative)
        {
            html.Append("<p class=\"banner\" role=\"note\"><strong>Illustrative demo data \u2014 not real results.</strong> ");
            html.Append("The numbers in this report only show what a report looks like. Do not cite them.</p>\n");
        }

        html.Append("<p class=\"summary\">").Append(Markup.Escape(Summary(table, model.Manifest.Counts.Records))).Append("</p>\n");
        html.Append("</header>\n");
    }

    internal static string Summary(CountryModalityTable table, long records)
    {
        long located = table.AiPapers - table.UnlocatedAiPapers;
        string years = table.Years.IsOpen ? "of any year" : "published in " + table.Years;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"This run read {Numbers.Count(records)} {Plural(records, "record", "records")} and measured AI research on images, sound and text in papers {years}. ");
        text.Append(CultureInfo.InvariantCulture, $"It found {Numbers.Count(table.AiPapers)} AI {Plural(table.AiPapers, "paper", "papers")}, of which {Numbers.Count(located)} ({Numbers.Percent(located, table.AiPapers)}) could be located in at least one country; ");
        text.Append(CultureInfo.InvariantCulture, $"{Numbers.Count(table.World.Any)} of the located papers are about image, sound or text. ");

        var top = table.Rows.Take(3).Select(r => $"{CountryLabel.Name(r.Country)} ({Numbers.Count(r.Any)})").ToList();
        text.Append(top.Count switch
        {
            0 => "No country has such papers.",
            1 => $"The only country with such papers is {top[0]}.",
            2 => $"The countries with the most are {top[0]} and {top[1]}.",
            _ => $"The countries with the most are {top[0]}, {top[1]} and {top[2]}.",
        });
        return text.ToString();
    }

    private static string Plural(double count, string one, string many) => count == 1 ? one : many;
}
