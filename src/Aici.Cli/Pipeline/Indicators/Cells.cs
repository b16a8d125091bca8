using System.Globalization;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>How the indicator tables write numbers: invariant culture and a fixed number of decimals per kind.</summary>
internal static class Cells
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A count: whole numbers as "12", fractional ones with up to three decimals ("12.375").</summary>
    public static string? Count(double value) =>
        double.IsFinite(value) ? (Math.Round(value, 3) + 0.0).ToString("0.###", Invariant) : null;

    /// <summary>A value with exactly <paramref name="decimals"/> decimals ("41.176"); null when not a number.</summary>
    public static string? Fixed(double value, int decimals) =>
        double.IsFinite(value) ? (Math.Round(value, decimals) + 0.0).ToString("F" + decimals.ToString(Invariant), Invariant) : null;

    public static string Integer(long value) => value.ToString(Invariant);

    public static string? Integer(double value) =>
        double.IsFinite(value) ? ((long)Math.Round(value)).ToString(Invariant) : null;

    public static string Boolean(bool value) => value ? "true" : "false";
}
