using System.Globalization;
using System.Text;

using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Report;

/// <summary>
/// How the numbers were made: sources, taxonomy and model versions, the classifier's evaluation, the counting method,
/// the AI definition, minimum volumes, bootstrap settings, classifier-error propagation, and the known limits.
/// </summary>
internal static class MethodologySection
{
    public static void Append(StringBuilder html, RunManifest manifest, IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        html.Append("<section id=\"methodology\">\n<h2>Methodology</h2>\n");

        html.Append("<h3>Sources</h3>\n<ul>\n");
        foreach (InputFile input in manifest.Inputs)
        {
            html.Append("<li><code class=\"wrap\">").Append(Markup.Escape(input.Path)).Append("</code> (").Append(Markup.Escape(input.Format)).Append("): ")
                .Append(Numbers.Count(input.Records)).Append(input.Records == 1 ? " record" : " records").Append("</li>\n");
        }

        if (manifest.Inputs.Count == 0)
        {
            html.Append("<li>No input file.</li>\n");
        }

        html.Append("</ul>\n<p>Records sharing an arXiv id or a DOI are one work; their labels and countries are united and the earliest year kept. Countries come from the authors\u2019 affiliations.</p>\n");

        html.Append("<h3>Taxonomies and models</h3>\n<ul>\n");
        foreach (TaxonomyFile taxonomy in manifest.Taxonomies)
        {
            html.Append("<li>").Append(Markup.Escape(taxonomy.Name)).Append(' ').Append(Markup.Escape(taxonomy.Version)).Append(" (<code class=\"wrap\">").Append(Markup.Escape(taxonomy.Path)).Append("</code>)</li>\n");
        }

        foreach (TaxonomyFile model in manifest.Models)
        {
            html.Append("<li>").Append(Markup.Escape(model.Name)).Append(' ').Append(Markup.Escape(model.Version)).Append(" (<code class=\"wrap\">").Append(Markup.Escape(model.Path)).Append("</code>)</li>\n");
        }

        html.Append("</ul>\n");
        AppendEvaluation(html, results);

        html.Append("<h3>Settings of this run</h3>\n<dl class=\"facts\">\n");
        string definition = manifest.AiDefinition.Length > 0 ? manifest.AiDefinition : results.AiDefinition;
        Fact(html, "AI definition", $"\u201C{definition}\u201D; the sensitivity table compares {results.Sensitivity.Definitions.Count} definition{(results.Sensitivity.Definitions.Count == 1 ? string.Empty : "s")}.");
        Fact(html, "Counting", set.Settings.Counting == Counting.Whole
            ? "whole: a paper counts once in each of its authors\u2019 countries, and once in the world."
            : "fractional: each located author holds an equal part of a paper, split over that author\u2019s countries.");
        Fact(html, "Years", IndicatorCharts.Years(set.Settings.Years) + " for the headline table and RCA; growth from " + set.Settings.GrowthFrom.ToString(CultureInfo.InvariantCulture) + " to " + set.Settings.GrowthTo.ToString(CultureInfo.InvariantCulture) + ".");
        Fact(html, "Minimum volumes", $"growth: {Numbers.Count(set.GrowthMinimum)} papers in the start year; RCA: {Numbers.Count(set.RcaMinimum)} AI papers in the window. Unless set, 1% of the world\u2019s count, at least 5 and at most 30 (growth) or 50 (RCA).");
        Fact(html, "Intervals", set.Replicates > 0
            ? $"95% percentile bootstrap over {Numbers.Count(set.Replicates)} resamples of the located AI papers, seed {set.Seed.ToString(CultureInfo.InvariantCulture)}: the same seed gives the same intervals."
            : "none: the run was made with --bootstrap 0.");
        Fact(html, "Classifier error", set.Propagated.Count > 0
            ? "propagated: corrected counts are observed \u00D7 precision \u00F7 recall, and each resample draws precision and recall from their Beta posteriors (" + string.Join(", ", set.Propagated.Select(a => a.Label)) + "). Shares, growth, RCA and ranks do not change under a correction that is the same for every country."
            : results.PropagationRequested ? "asked for, but no measured precision and recall were available: counts are as observed." : "not propagated: counts are as observed.");
        html.Append("</dl>\n");

        html.Append("<h3>Known limits</h3>\n<ul>\n");
        foreach (string limit in Limits)
        {
            html.Append("<li>").Append(Markup.Escape(limit)).Append("</li>\n");
        }

        html.Append("</ul>\n<p class=\"note\">Every indicator is defined with its formula and a worked example in <code>docs/indicators.md</code>.</p>\n</section>\n");
    }

    private static readonly string[] Limits =
    [
        "Country coverage: only papers whose affiliations name a recognisable country are in the country rows; arXiv records carry no affiliation, so their countries depend on the OpenAlex and affiliation data joined to them.",
        "Weak labels: AI, modalities, media, techniques and creative domains are decided by categories, phrases and models, not by reading each paper; the evaluation above measures how often they are wrong.",
        "Whole counting counts a multinational paper in every country; fractional counting shares it. Rankings can differ between the two.",
        "Growth rates from small start years are noisy: the minimum volume keeps the smallest out, and the intervals show what remains.",
        "The last year of the data may be incomplete.",
        "Bootstrap intervals reflect sampling of papers only (and classifier error where propagated), not errors in affiliations or in the sources.",
    ];

    private static void AppendEvaluation(StringBuilder html, IndicatorResults results)
    {
        html.Append("<h3>Evaluation of the classifier</h3>\n");
        if (results.Evaluation.Count == 0)
        {
            html.Append("<p>No evaluation was given to this run, so its labels\u2019 precision and recall are not shown here.</p>\n");
            return;
        }

        html.Append("<table id=\"evaluation-table\" class=\"compact\">\n");
        Caption.Open(html);
        Caption.Define(html, "Precision", "of the papers given the label, the share that a person would also label so: TP \u00F7 (TP + FP).");
        Caption.Define(html, "Recall", "of the papers a person would label so, the share that got the label: TP \u00F7 (TP + FN).");
        Caption.Define(html, "TP, FP, FN", "true positives, false positives and false negatives on the gold set.");
        Caption.Define(html, "In brackets", "the exact (Clopper\u2013Pearson) 95% interval of the proportion, from the counts: few papers, a wide interval.");
        Caption.Close(html);
        // what each row was measured against, numbered in order of first use (a file written by evaluate classify says)
        string[] golds = [.. results.Evaluation.Select(a => a.Gold).OfType<string>().Distinct(StringComparer.Ordinal)];
        html.Append("<thead><tr><th scope=\"col\">Label</th><th scope=\"col\" class=\"num\">Precision</th><th scope=\"col\" class=\"num\">Recall</th><th scope=\"col\" class=\"num\">TP</th><th scope=\"col\" class=\"num\">FP</th><th scope=\"col\" class=\"num\">FN</th>");
        html.Append(golds.Length > 0 ? "<th scope=\"col\">Gold</th>" : "").Append("</tr></thead>\n<tbody>\n");
        foreach (LabelAccuracy accuracy in results.Evaluation)
        {
            html.Append("<tr><th scope=\"row\">").Append(Markup.Escape(LabelTitle.Of(accuracy.Label))).Append("</th>");
            html.Append("<td class=\"num\">").Append(EstimateText.Proportion(new Estimate(accuracy.Precision, accuracy.PrecisionInterval))).Append("</td><td class=\"num\">").Append(EstimateText.Proportion(new Estimate(accuracy.Recall, accuracy.RecallInterval))).Append("</td>");
            foreach (double count in (double[])[accuracy.TruePositives, accuracy.FalsePositives, accuracy.FalseNegatives])
            {
                html.Append("<td class=\"num\">").Append(Numbers.Count(count)).Append("</td>");
            }

            if (golds.Length > 0)
            {
                int gold = accuracy.Gold is null ? -1 : Array.IndexOf(golds, accuracy.Gold);
                html.Append("<td>").Append(gold < 0 ? "" : Numbers.Count(gold + 1)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        for (int g = 0; g < golds.Length; g++)
        {
            html.Append("<p class=\"note\">Gold ").Append(Numbers.Count(g + 1)).Append(": ").Append(Markup.Escape(golds[g])).Append("</p>\n");
        }
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Markup.Escape(name)).Append("</dt><dd>").Append(Markup.Escape(value)).Append("</dd>\n");
}
