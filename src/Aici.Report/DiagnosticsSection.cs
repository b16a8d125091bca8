using System.Globalization;
using System.Text;

using Aici.Core.Domain;

namespace Aici.Report;

/// <summary>The problems found in the inputs: how many in all, and the first of them.</summary>
internal static class DiagnosticsSection
{
    public static void Append(StringBuilder html, IReadOnlyList<Diagnostic> shown, long total)
    {
        html.Append("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n");
        total = Math.Max(total, shown.Count);
        if (total == 0)
        {
            html.Append("<p>No diagnostics: every record was read without a problem.</p>\n</section>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{Numbers.Count(total)} {(total == 1 ? "diagnostic" : "diagnostics")} in all: records rejected, and records kept with a field dropped or repaired.");
        if (total > shown.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $" <strong>Only the first {Numbers.Count(shown.Count)} are shown here.</strong>");
        }

        html.Append("</p>\n");
        if (shown.Count == 0)
        {
            html.Append("</section>\n");
            return;
        }

        html.Append("<table id=\"diagnostics-table\">\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Severity</th><th scope=\"col\">Field</th><th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
        foreach (Diagnostic d in shown)
        {
            bool error = d.Severity == DiagnosticSeverity.Error;
            html.Append("<tr><td class=\"wrap\"><code>").Append(Markup.Escape(d.File)).Append(':').Append(d.Line.ToString(CultureInfo.InvariantCulture)).Append("</code></td>");
            html.Append(error ? "<td><span class=\"sev sev-error\">rejected</span></td>" : "<td><span class=\"sev sev-warning\">warning</span></td>");
            html.Append("<td class=\"wrap\">").Append(Markup.Escape(d.Field)).Append("</td>");
            html.Append("<td class=\"wrap\">").Append(Markup.Escape(d.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (total > shown.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Numbers.Count(total - shown.Count)} more not shown.</p>\n");
        }

        html.Append("</section>\n");
    }
}
