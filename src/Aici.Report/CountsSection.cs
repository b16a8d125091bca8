using System.Text;

using Aici.Core.Run;

namespace Aici.Report;

/// <summary>The run's key counts as a row of figures.</summary>
internal static class CountsSection
{
    public static void Append(StringBuilder html, RunCounts counts)
    {
        html.Append("<section id=\"counts\">\n<h2>Key counts</h2>\n<dl class=\"counts\">\n");
        Figure(html, "Records read", counts.Records);
        Figure(html, "Rejected", counts.Rejected);
        Figure(html, "Warnings", counts.Warnings);
        Figure(html, "Distinct works", counts.Works);
        Figure(html, "AI works", counts.AiWorks);
        Figure(html, "Located AI works", counts.LocatedAiWorks);
        html.Append("</dl>\n</section>\n");
    }

    private static void Figure(StringBuilder html, string name, long value) =>
        html.Append("<div><dt>").Append(Markup.Escape(name)).Append("</dt><dd>").Append(Numbers.Count(value)).Append("</dd></div>\n");
}
