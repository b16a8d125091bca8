using System.Globalization;

namespace Aici.Core.Measure;

/// <summary>A 95% (or other) interval around an estimate.</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>
    /// The percentile interval of bootstrap replicates at <paramref name="level"/> (0.95: the 2.5th and 97.5th
    /// percentiles, linear interpolation between order statistics), widened if need be to hold the estimate itself.
    /// </summary>
    public static Interval Percentile(IReadOnlyList<double> replicates, double estimate, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count == 0)
        {
            return new Interval(estimate, estimate);
        }

        double[] sorted = [.. replicates.Order()];
        double tail = (1 - level) / 2;
        double low = Quantile(sorted, tail);
        double high = Quantile(sorted, 1 - tail);
        return new Interval(Math.Min(low, estimate), Math.Max(high, estimate));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Low:0.###}–{High:0.###}");

    private static double Quantile(double[] sorted, double p)
    {
        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
