namespace Aici.Core.Measure;

/// <summary>A country's (or the world's) <see cref="GrowthRow"/> with intervals on the % change and the CAGR (in %).</summary>
public sealed record GrowthEstimate(string Country, double Start, double End, Estimate PercentChange, Estimate Cagr);
