namespace Aici.Core.Measure;

/// <summary>A point estimate with its bootstrap interval.</summary>
public readonly record struct Estimate(double Value, Interval Interval)
{
    /// <summary>A value without uncertainty: its interval is the value itself (no bootstrap was asked for).</summary>
    public static Estimate Exact(double value) => new(value, new Interval(value, value));
}
