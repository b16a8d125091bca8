using System.Globalization;

using Aici.Core.Measure;

namespace Aici.Report;

/// <summary>
/// Estimates as the report writes them, with their 95% interval in brackets when there is one: a rank "3 (2–4)", a
/// count "579 (541–617)", a share "8.2% (7.5–8.9%)", a change "+120% (+95 to +150)", a ratio "1.45 (1.20–1.70)".
/// Not a number: "–".
/// </summary>
internal static class EstimateText
{
    private const string Dash = "\u2013";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Rank(Estimate e, bool intervals)
    {
        if (!double.IsFinite(e.Value))
        {
            return Dash;
        }

        string rank = Math.Round(e.Value).ToString("0", Invariant);
        return intervals
            ? string.Create(Invariant, $"{rank} ({Math.Floor(e.Interval.Low):0}{Dash}{Math.Ceiling(e.Interval.High):0})")
            : rank;
    }

    /// <summary>A count; a whole count's interval is rounded outwards to whole papers, a fractional one's to a tenth.</summary>
    public static string Count(Estimate e, bool intervals)
    {
        if (!double.IsFinite(e.Value))
        {
            return Dash;
        }

        if (!intervals)
        {
            return Numbers.Count(e.Value);
        }

        bool whole = e.Value == Math.Round(e.Value);
        double low = whole ? Math.Floor(e.Interval.Low) : Math.Round(e.Interval.Low, 1);
        double high = whole ? Math.Ceiling(e.Interval.High) : Math.Round(e.Interval.High, 1);
        return $"{Numbers.Count(e.Value)} ({Numbers.Count(low)}{Dash}{Numbers.Count(high)})";
    }

    public static string Percent(Estimate e, bool intervals) =>
        !double.IsFinite(e.Value) ? Dash
        : intervals ? $"{Fixed(e.Value, 1)}% ({Fixed(e.Interval.Low, 1)}{Dash}{Fixed(e.Interval.High, 1)}%)"
        : Fixed(e.Value, 1) + "%";

    /// <summary>A change in percent with its sign: "+120%", "−33%"; the interval as "(+95 to +150)".</summary>
    public static string Change(Estimate e, bool intervals) =>
        !double.IsFinite(e.Value) ? Dash
        : intervals ? $"{Signed(e.Value)}% ({Signed(e.Interval.Low)} to {Signed(e.Interval.High)})"
        : Signed(e.Value) + "%";

    public static string Ratio(Estimate e, bool intervals) =>
        !double.IsFinite(e.Value) ? Dash
        : intervals ? $"{Fixed(e.Value, 2)} ({Fixed(e.Interval.Low, 2)}{Dash}{Fixed(e.Interval.High, 2)})"
        : Fixed(e.Value, 2);

    /// <summary>A measured proportion to three decimals with its 95% interval to two: "0.429 (0.10–0.82)".</summary>
    public static string Proportion(Estimate e) =>
        !double.IsFinite(e.Value) ? Dash : $"{Fixed(e.Value, 3)} ({Fixed(e.Interval.Low, 2)}{Dash}{Fixed(e.Interval.High, 2)})";

    /// <summary>"+12", "−3", "0", with a true minus sign.</summary>
    public static string Signed(double value)
    {
        double rounded = Math.Round(value) + 0.0;
        string digits = Math.Abs(rounded).ToString("N0", Invariant);
        return rounded > 0 ? "+" + digits : rounded < 0 ? "\u2212" + digits : digits;
    }

    public static string Fixed(double value, int decimals) =>
        (Math.Round(value, decimals) + 0.0).ToString("F" + decimals.ToString(Invariant), Invariant);
}
