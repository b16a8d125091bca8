using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// Specialisation: the RCA charts for GANs and style transfer (the seed's two techniques), and a table of RCA in every
/// technique and modality for the countries with the most AI papers.
/// </summary>
internal static class SpecialisationSection
{
    public static void Append(StringBuilder html, IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        html.Append("<section id=\"specialisation\">\n<h2>Specialisation in techniques and modalities</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Which countries\u2019 AI research leans towards a technique or a modality more than the world\u2019s does: revealed comparative advantage (RCA) over {Markup.Escape(IndicatorCharts.Years(set.Settings.Years))}, for countries with at least {Numbers.Count(set.RcaMinimum)} AI papers.</p>\n");
        foreach (string label in (string[])[IndicatorSettings.Gan, IndicatorSettings.StyleTransfer])
        {
            html.Append("<figure id=\"rca-").Append(label.Replace('_', '-')).Append("-chart\">\n");
            html.Append(RankedBarsSvg.Render(IndicatorCharts.Rca(results, label))).Append("</figure>\n");
        }

        List<string> labels = [.. set.Settings.Labels.Where(l => set.Specialisation.Any(r => r.Label == l))];
        var byKey = set.Specialisation.ToDictionary(r => (r.Label, r.Country));
        List<string> countries = [.. set.Specialisation.GroupBy(r => r.Country)
            .Select(g => (Country: g.Key, Ai: g.First().Row.CountryAi))
            .OrderByDescending(c => c.Ai).ThenBy(c => c.Country, StringComparer.Ordinal)
            .Select(c => c.Country)
            .Take(results.Top)];
        if (!countries.Contains(IndicatorResults.Highlight) && set.Specialisation.Any(r => r.Country == IndicatorResults.Highlight))
        {
            countries.Add(IndicatorResults.Highlight);
        }

        html.Append("<div class=\"scroll\"><table id=\"rca-table\">\n");
        Caption.Open(html);
        Caption.Define(html, "RCA", "revealed comparative advantage: (the country\u2019s AI papers with the label \u00F7 the country\u2019s AI papers) \u00F7 (the world\u2019s AI papers with the label \u00F7 the world\u2019s AI papers). 1 means as specialised as the world; 2, twice as specialised. Values of 1 or more are in bold.");
        Caption.Define(html, "Techniques", "GANs (generative adversarial networks), style transfer, diffusion models, VAEs (variational autoencoders), transformers, LLMs (large language models), reinforcement learning and neural rendering: named in the paper\u2019s title or abstract. Image, sound and text: the modalities.");
        Caption.Define(html, "AI papers", $"the country\u2019s AI papers in the window, {IndicatorCharts.Counting(set)} counting; countries are the {countries.Count} with the most, among those with at least {Numbers.Count(set.RcaMinimum)} (1% of the world\u2019s, at least 5 and at most 50, unless set with --rca-min).");
        if (intervals)
        {
            Caption.Define(html, "Intervals", "each cell\u2019s 95% bootstrap interval is in its tooltip and in the CSV; the charts above draw them.");
        }

        Caption.Define(html, "\u2013", "no RCA: the country has no paper with the label in the resampled or original data.");
        Caption.Close(html);
        html.Append("<thead><tr><th scope=\"col\">Country</th><th scope=\"col\" class=\"num\">AI papers</th>");
        foreach (string label in labels)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(Markup.Escape(LabelTitle.Capitalised(label))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (string country in countries)
        {
            html.Append("<tr").Append(Caption.RowClass(country)).Append('>');
            Caption.Country(html, country);
            double ai = set.Specialisation.First(r => r.Country == country).Row.CountryAi;
            html.Append("<td class=\"num\">").Append(Numbers.Count(ai)).Append("</td>");
            foreach (string label in labels)
            {
                if (!byKey.TryGetValue((label, country), out RcaEstimate? rca) || !double.IsFinite(rca.Rca.Value))
                {
                    html.Append("<td class=\"num\">\u2013</td>");
                    continue;
                }

                string cls = rca.Rca.Value >= 1 ? "num above" : "num";
                string tip = intervals ? " title=\"95% interval " + Markup.Escape(EstimateText.Fixed(rca.Rca.Interval.Low, 2) + "\u2013" + EstimateText.Fixed(rca.Rca.Interval.High, 2)) + "\"" : string.Empty;
                html.Append("<td class=\"").Append(cls).Append('"').Append(tip).Append('>').Append(EstimateText.Fixed(rca.Rca.Value, 2)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        Caption.CsvLink(html, ReportFiles.Specialisation);
        html.Append("</section>\n");
    }
}
