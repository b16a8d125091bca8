namespace Aici.Core.Measure;

/// <summary>
/// A country's AI papers in two years, the percentage change between them, 100 · (end / start − 1), and the
/// compound annual growth rate, (end / start)^(1 / years) − 1. Both are null when the start is 0.
/// </summary>
public sealed record GrowthRow(string Country, double Start, double End, double? PercentChange, double? Cagr);
