namespace Aici.Report;

/// <summary>A yearly series chart: one line per country over the same years, each labelled at its end.</summary>
public sealed record LineChart(string Id, string Title, string Subtitle, IReadOnlyList<int> Years, IReadOnlyList<LineSeries> Series, string Note)
{
    public string YAxis { get; init; } = "AI papers";
}

/// <summary>One line: its label, one value per year of the chart, its colour, and whether it is highlighted (drawn thicker).</summary>
public sealed record LineSeries(string Label, IReadOnlyList<double> Values, string Colour, bool Highlight);
