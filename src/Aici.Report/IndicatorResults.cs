namespace Aici.Report;

/// <summary>
/// The run's indicators beyond the headline table (growth, specialisation, intervals, sensitivity), as the report
/// shows them. Built by the pipeline's indicator stage.
/// </summary>
public sealed record IndicatorResults;
