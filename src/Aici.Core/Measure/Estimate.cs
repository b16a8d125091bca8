namespace Aici.Core.Measure;

/// <summary>A point estimate with its bootstrap interval.</summary>
public readonly record struct Estimate(double Value, Interval Interval);
