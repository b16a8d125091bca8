using System.Globalization;
using System.Text;

using Aici.Core.Run;

namespace Aici.Report;

/// <summary>The run manifest: tool, options, inputs and taxonomies with their checksums, and when the run happened.</summary>
internal static class ManifestSection
{
    private const int ShortHash = 12;

    public static void Append(StringBuilder html, RunManifest manifest)
    {
        html.Append("<section id=\"manifest\">\n<h2>Run manifest</h2>\n<dl class=\"facts\">\n");
        Fact(html, "Tool", Markup.Escape(manifest.Tool + " " + manifest.ToolVersion));
        Fact(html, "Started", Time(manifest.Started));
        Fact(html, "Finished", Time(manifest.Finished));
        Fact(html, "Duration", Markup.Escape(Numbers.Duration(manifest.Finished - manifest.Started)));
        html.Append("</dl>\n");

        html.Append("<h3>Options</h3>\n");
        if (manifest.Options.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<table id=\"options-table\" class=\"compact\">\n<thead><tr><th scope=\"col\">Option</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
            foreach (KeyValuePair<string, string> option in manifest.Options)
            {
                html.Append("<tr><th scope=\"row\"><code>").Append(Markup.Escape(option.Key)).Append("</code></th><td class=\"wrap\">").Append(Markup.Escape(option.Value)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<h3>Inputs</h3>\n");
        html.Append("<table id=\"inputs-table\">\n<thead><tr><th scope=\"col\">Path</th><th scope=\"col\">Format</th><th scope=\"col\" class=\"num\">Size</th><th scope=\"col\">SHA-256</th>");
        html.Append("<th scope=\"col\" class=\"num\">Records</th><th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\" class=\"num\">Warnings</th></tr></thead>\n<tbody>\n");
        foreach (InputFile input in manifest.Inputs)
        {
            html.Append("<tr><td class=\"wrap\"><code>").Append(Markup.Escape(input.Path)).Append("</code></td><td class=\"nowrap\">").Append(Markup.Escape(input.Format)).Append("</td>");
            html.Append("<td class=\"num\" title=\"").Append(Numbers.ExactBytes(input.Bytes)).Append("\">").Append(Numbers.Bytes(input.Bytes)).Append("</td><td>").Append(Hash(input.Sha256)).Append("</td>");
            html.Append("<td class=\"num\">").Append(Numbers.Count(input.Records)).Append("</td><td class=\"num\">").Append(Numbers.Count(input.Rejected)).Append("</td>");
            html.Append("<td class=\"num\">").Append(Numbers.Count(input.Warnings)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");

        html.Append("<h3>Taxonomies and models</h3>\n");
        html.Append("<table id=\"taxonomies-table\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Version</th><th scope=\"col\">Path</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        foreach (TaxonomyFile taxonomy in manifest.Taxonomies.Concat(manifest.Models))
        {
            html.Append("<tr><td>").Append(Markup.Escape(taxonomy.Name)).Append("</td><td>").Append(Markup.Escape(taxonomy.Version)).Append("</td>");
            html.Append("<td class=\"wrap\"><code>").Append(Markup.Escape(taxonomy.Path)).Append("</code></td><td>").Append(Hash(taxonomy.Sha256)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string name, string valueHtml) =>
        html.Append("<dt>").Append(Markup.Escape(name)).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");

    private static string Time(DateTimeOffset time)
    {
        string utc = Numbers.Utc(time);
        return "<time datetime=\"" + utc + "\">" + utc + "</time>";
    }

    /// <summary>The first characters of a checksum, with the whole of it as a tooltip.</summary>
    private static string Hash(string sha256)
    {
        string shown = sha256.Length > ShortHash ? sha256[..ShortHash] + "\u2026" : sha256;
        return string.Create(CultureInfo.InvariantCulture, $"<code title=\"{Markup.Escape(sha256)}\">{Markup.Escape(shown)}</code>");
    }
}
