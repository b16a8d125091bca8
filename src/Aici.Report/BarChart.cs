using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// A ranked horizontal bar chart (growth, RCA): one bar per row, an optional 95% interval drawn as a whisker, an
/// optional reference line (the world's growth, RCA = 1), and highlighted rows (the UK) in a second colour.
/// </summary>
public sealed record BarChart(string Id, string Title, string Subtitle, IReadOnlyList<BarChartRow> Rows, string Note)
{
    public double? Reference { get; init; }

    public string ReferenceLabel { get; init; } = string.Empty;

    /// <summary>What the bars measure, the name of the value axis where a chart draws one (the slide PNG).</summary>
    public string ValueAxis { get; init; } = "AI papers";

    /// <summary>Shown instead of bars when there is no row.</summary>
    public string Empty { get; init; } = "No country has enough papers for this chart.";
}

/// <summary>One bar: its label, value, interval (null: none), whether it is highlighted, and the text shown beside it.</summary>
public sealed record BarChartRow(string Label, double Value, Interval? Interval, bool Highlight, string ValueText);
