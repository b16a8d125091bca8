using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// The run's indicators beyond the headline table, as the report shows them: the indicator set (headline ranks and
/// shares, yearly counts, growth, RCA, with intervals), the sensitivity table across AI definitions, and what the
/// methodology section needs to say about them. Built by the pipeline's indicator stage.
/// </summary>
public sealed record IndicatorResults(IndicatorSet Set, SensitivityTable Sensitivity)
{
    /// <summary>The country the report follows in its summary and highlights in its charts: the United Kingdom.</summary>
    public const string Highlight = "GB";

    /// <summary>How many countries charts and tables show.</summary>
    public int Top { get; init; } = BarChartSvg.DefaultTop;

    /// <summary>The AI definition the headline uses (categories, phrases, vocabulary, model, combined).</summary>
    public string AiDefinition { get; init; } = "categories";

    /// <summary>The classifier's measured accuracy per label, for the methodology's evaluation table; empty if none was given.</summary>
    public IReadOnlyList<LabelAccuracy> Evaluation { get; init; } = [];

    /// <summary>Whether propagating classifier error was asked for (it happens only when <see cref="Evaluation"/> has values).</summary>
    public bool PropagationRequested { get; init; }
}
