using System.Globalization;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The indicator charts as chart values, built once from the results and drawn twice: as SVG in the report and in
/// OUT/charts/, and as PNG for slides. The United Kingdom is highlighted in each.
/// </summary>
public static class IndicatorCharts
{
    /// <summary>How many countries the yearly chart draws besides the UK: more lines could not be told apart.</summary>
    public const int SeriesLimit = 6;

    private static readonly string[] SeriesColours =
        [OkabeIto.Blue, OkabeIto.Orange, OkabeIto.BluishGreen, OkabeIto.ReddishPurple, OkabeIto.SkyBlue, "#000000"];

    /// <summary>AI papers on any modality for the <c>top</c> countries (and the UK), with their intervals: the headline as one bar chart.</summary>
    public static BarChart Headline(IndicatorResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        List<BarChartRow> rows = [.. set.Headline.Take(results.Top)
            .Concat(set.Headline.Where(r => r.Country == IndicatorResults.Highlight))
            .Distinct()
            .Select(r => new BarChartRow(
                CountryLabel.Name(r.Country),
                r.Any.Value,
                intervals ? r.Any.Interval : null,
                r.Country == IndicatorResults.Highlight,
                EstimateText.Count(r.Any, intervals)))];
        return new BarChart(
            "aici-headline-chart",
            rows.Count == 0 ? "AI research on image, sound and text by country" : $"AI research on image, sound and text: the top {rows.Count} countries",
            $"AI papers on image, sound or text (each paper once per country), {Years(set.Settings.Years)}, {Counting(set)} counting. United Kingdom in orange-red.",
            rows,
            Note(set, "Whiskers: 95% bootstrap intervals."))
        {
            ValueAxis = "AI papers",
            Empty = "No AI paper in this run could be located in a country.",
        };
    }

    /// <summary>
    /// % change over the growth window for the <c>top</c> countries with the most papers in its start year (among those
    /// above the minimum), and the UK, largest change first; the world's change as the reference line.
    /// </summary>
    public static BarChart Growth(IndicatorResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        var chosen = set.Growth.OrderByDescending(g => g.Start).ThenBy(g => g.Country, StringComparer.Ordinal).Take(results.Top)
            .Concat(set.Growth.Where(g => g.Country == IndicatorResults.Highlight))
            .Distinct()
            .OrderByDescending(g => g.PercentChange.Value).ThenBy(g => g.Country, StringComparer.Ordinal);
        List<BarChartRow> rows = [.. chosen.Select(g => new BarChartRow(
            CountryLabel.Name(g.Country),
            g.PercentChange.Value,
            intervals ? g.PercentChange.Interval : null,
            g.Country == IndicatorResults.Highlight,
            EstimateText.Change(g.PercentChange, intervals)))];
        string window = Window(set);
        return new BarChart(
            "aici-growth-chart",
            rows.Count == 0 ? $"Growth of AI research, {window}, by country" : $"Growth of AI research, {window}: the {rows.Count} largest countries",
            $"% change in AI papers between {set.Settings.GrowthFrom} and {set.Settings.GrowthTo}, for the countries with the most papers in {set.Settings.GrowthFrom} among those with at least {Numbers.Count(set.GrowthMinimum)}. United Kingdom in orange-red; dashed line: the world.",
            rows,
            Note(set, "Whiskers: 95% bootstrap intervals."))
        {
            Reference = double.IsFinite(set.WorldGrowth.PercentChange.Value) ? set.WorldGrowth.PercentChange.Value : null,
            ReferenceLabel = "World: " + EstimateText.Change(Estimate.Exact(set.WorldGrowth.PercentChange.Value), false),
            ValueAxis = "% change",
            Empty = $"No country has at least {Numbers.Count(set.GrowthMinimum)} AI papers in {set.Settings.GrowthFrom}, so no growth rate is shown. Choose another window with --growth-from and --growth-to.",
        };
    }

    /// <summary>RCA in <paramref name="label"/> for the <c>top</c> countries by RCA among those above the minimum, and the UK.</summary>
    public static BarChart Rca(IndicatorResults results, string label)
    {
        ArgumentNullException.ThrowIfNull(results);
        IndicatorSet set = results.Set;
        bool intervals = set.Replicates > 0;
        List<RcaEstimate> all = [.. set.Specialisation.Where(r => r.Label == label)];
        var chosen = all.OrderByDescending(r => r.Rca.Value).ThenBy(r => r.Country, StringComparer.Ordinal).Take(results.Top)
            .Concat(all.Where(r => r.Country == IndicatorResults.Highlight))
            .Distinct()
            .OrderByDescending(r => r.Rca.Value).ThenBy(r => r.Country, StringComparer.Ordinal);
        List<BarChartRow> rows = [.. chosen.Select(r => new BarChartRow(
            CountryLabel.Name(r.Country),
            r.Rca.Value,
            intervals ? r.Rca.Interval : null,
            r.Country == IndicatorResults.Highlight,
            EstimateText.Ratio(r.Rca, intervals)))];
        string name = LabelTitle.Of(label);
        return new BarChart(
            "aici-rca-" + label.Replace('_', '-') + "-chart",
            $"Specialisation in {name}: revealed comparative advantage (RCA)",
            $"RCA of the {rows.Count} most specialised countries with at least {Numbers.Count(set.RcaMinimum)} AI papers ({Years(set.Settings.Years)}). Above 1, a country's AI research is more about {name} than the world's. United Kingdom in orange-red; dashed line: RCA = 1.",
            rows,
            Note(set, "Whiskers: 95% bootstrap intervals."))
        {
            Reference = 1,
            ReferenceLabel = "RCA = 1",
            ValueAxis = "RCA",
            Empty = $"No paper of the window is about {name}, or no country has at least {Numbers.Count(set.RcaMinimum)} AI papers.",
        };
    }

    /// <summary>AI papers per year for the countries with the most papers on any modality (at most six) and the UK.</summary>
    public static LineChart Yearly(IndicatorResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        IndicatorSet set = results.Set;
        List<int> years = ChartYears(set);
        var countries = set.Headline.Take(Math.Min(results.Top, SeriesLimit)).Select(r => r.Country).ToList();
        if (!countries.Contains(IndicatorResults.Highlight) && set.Yearly.ByCountry.ContainsKey(IndicatorResults.Highlight))
        {
            countries.Add(IndicatorResults.Highlight);
        }

        int colour = 0;
        List<LineSeries> series = [.. countries.Select(c => new LineSeries(
            CountryLabel.Name(c),
            [.. years.Select(y => set.Yearly.Of(c, y))],
            c == IndicatorResults.Highlight ? OkabeIto.Vermillion : SeriesColours[colour++ % SeriesColours.Length],
            c == IndicatorResults.Highlight))];
        string span = years.Count == 0 ? "no years" : string.Create(CultureInfo.InvariantCulture, $"{years[0]}\u2013{years[^1]}");
        return new LineChart(
            "aici-yearly-chart",
            $"AI papers per year, {span}: the leading countries",
            $"AI papers by year of first publication for the {series.Count} countries with the most papers on image, sound or text, {Counting(set)} counting. United Kingdom in orange-red, drawn thicker.",
            years,
            series,
            "A paper counts in the year of its first version. The last year may be incomplete when the data were collected during it.");
    }

    /// <summary>The years the yearly chart spans: the run's window when it has one, else the growth window's start to the last year with papers.</summary>
    public static List<int> ChartYears(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Yearly.World.Count == 0)
        {
            return [];
        }

        int last = set.Yearly.World.Keys.Max();
        int first = set.Settings.Years.From ?? Math.Min(set.Settings.GrowthFrom, last);
        int end = set.Settings.Years.To ?? Math.Max(last, set.Settings.GrowthTo);
        return first > end ? [] : [.. Enumerable.Range(first, end - first + 1)];
    }

    internal static string Window(IndicatorSet set) =>
        string.Create(CultureInfo.InvariantCulture, $"{set.Settings.GrowthFrom}\u2192{set.Settings.GrowthTo}");

    internal static string Years(YearRange years) => years.IsOpen ? "all years" : years.ToString();

    internal static string Counting(IndicatorSet set) => set.Settings.Counting == Core.Measure.Counting.Whole ? "whole" : "fractional";

    private static string Note(IndicatorSet set, string intervals) =>
        (set.Replicates > 0 ? intervals + " " : string.Empty)
        + (set.Settings.Counting == Core.Measure.Counting.Whole
            ? "Whole counting: a paper counts once in each of its countries."
            : "Fractional counting: each located author holds an equal part of a paper.");
}
