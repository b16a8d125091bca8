using System.Globalization;
using System.Text;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The key numbers for the UK: its rank and share of the world's AI research on image, sound and text, its growth
/// against the world's, and its specialisation in GANs and style transfer, each with its interval; then a sentence
/// on how much the ranking depends on the definition of AI.
/// </summary>
internal static class ExecutiveSummarySection
{
    public static void Append(StringBuilder html, IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        string uk = CountryLabel.Name(IndicatorResults.Highlight);
        HeadlineRow? headline = set.Headline.FirstOrDefault(r => r.Country == IndicatorResults.Highlight);
        GrowthEstimate? growth = set.Growth.FirstOrDefault(g => g.Country == IndicatorResults.Highlight);
        RcaEstimate? gan = Rca(set, IndicatorSettings.Gan);
        RcaEstimate? style = Rca(set, IndicatorSettings.StyleTransfer);
        string window = IndicatorCharts.Window(set);

        html.Append("<section id=\"executive-summary\">\n<h2>Executive summary</h2>\n<dl class=\"counts key-numbers\">\n");
        Figure(html, $"{uk}: rank", headline is null ? "\u2013" : EstimateText.Rank(headline.Rank, intervals), $"of {Numbers.Count(set.Headline.Count)} countries, AI on image, sound or text");
        Figure(html, $"{uk}: share of the world", headline is null ? "\u2013" : EstimateText.Percent(headline.Share, intervals), "of the world\u2019s papers on any modality");
        Figure(html, $"{uk}: growth {window}", growth is null ? "\u2013" : EstimateText.Change(growth.PercentChange, intervals), "world: " + EstimateText.Change(set.WorldGrowth.PercentChange, false));
        Figure(html, $"{uk}: RCA in GANs", gan is null ? "\u2013" : EstimateText.Ratio(gan.Rca, intervals), "above 1: more specialised than the world");
        Figure(html, $"{uk}: RCA in style transfer", style is null ? "\u2013" : EstimateText.Ratio(style.Rca, intervals), "above 1: more specialised than the world");
        html.Append("</dl>\n<p class=\"summary\">").Append(Markup.Escape(Sentences(results))).Append("</p>\n</section>\n");
    }

    internal static string Sentences(IndicatorResults results)
    {
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        string uk = CountryLabel.Name(IndicatorResults.Highlight);
        var text = new StringBuilder();
        HeadlineRow? headline = set.Headline.FirstOrDefault(r => r.Country == IndicatorResults.Highlight);
        if (headline is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"The {uk} has no located AI paper on image, sound or text in this run. ");
        }
        else
        {
            string interval = intervals
                ? string.Create(CultureInfo.InvariantCulture, $" (95% interval: {Math.Floor(headline.Rank.Interval.Low):0} to {Math.Ceiling(headline.Rank.Interval.High):0})")
                : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"The {uk} ranks {headline.Rank.Value:0}{interval} of {set.Headline.Count} countries in AI research on image, sound and text, with {EstimateText.Percent(headline.Share, false)} of the world\u2019s papers. ");
        }

        GrowthEstimate? growth = set.Growth.FirstOrDefault(g => g.Country == IndicatorResults.Highlight);
        text.Append(!double.IsFinite(set.WorldGrowth.PercentChange.Value)
            ? $"Growth over {IndicatorCharts.Window(set)} cannot be measured: no located AI paper was published in {set.Settings.GrowthFrom}. "
            : growth is null
            ? $"Its growth over {IndicatorCharts.Window(set)} is not measured (fewer than {Numbers.Count(set.GrowthMinimum)} papers in {set.Settings.GrowthFrom}); the world\u2019s AI research changed by {EstimateText.Change(set.WorldGrowth.PercentChange, false)}. "
            : $"Its AI research changed by {EstimateText.Change(growth.PercentChange, false)} over {IndicatorCharts.Window(set)}, against {EstimateText.Change(set.WorldGrowth.PercentChange, false)} for the world. ");
        RcaEstimate? gan = Rca(set, IndicatorSettings.Gan);
        RcaEstimate? style = Rca(set, IndicatorSettings.StyleTransfer);
        if (gan is not null || style is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Its RCA is {(gan is null ? "not measured" : EstimateText.Fixed(gan.Rca.Value, 2))} in GANs and {(style is null ? "not measured" : EstimateText.Fixed(style.Rca.Value, 2))} in style transfer (above 1: more specialised than the world). ");
        }

        text.Append(SensitivitySection.Sentence(results));
        return text.ToString();
    }

    private static RcaEstimate? Rca(IndicatorSet set, string label) =>
        set.Specialisation.FirstOrDefault(r => r.Label == label && r.Country == IndicatorResults.Highlight);

    private static void Figure(StringBuilder html, string name, string value, string note) =>
        html.Append("<div><dt>").Append(Markup.Escape(name)).Append("</dt><dd>").Append(Markup.Escape(value))
            .Append("<span class=\"note\">").Append(Markup.Escape(note)).Append("</span></dd></div>\n");
}
