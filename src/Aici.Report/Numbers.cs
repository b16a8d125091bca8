using System.Globalization;

namespace Aici.Report;

/// <summary>How the report writes numbers, sizes, times and durations: invariant culture, thousands separators.</summary>
internal static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A count: whole values as "4,041", fractional ones (fractional counting) as "12.5"; "–" when not a number.</summary>
    public static string Count(double value)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }

        value += 0.0; // no "-0"
        return value == Math.Round(value)
            ? value.ToString("N0", Invariant)
            : value.ToString("N1", Invariant);
    }

    public static string Count(long value) => value.ToString("N0", Invariant);

    /// <summary>A share in percent with one decimal ("12.3%", "&lt;0.1%" for a sliver); "–" when the whole is zero.</summary>
    public static string Percent(double part, double whole)
    {
        if (!(whole > 0) || !double.IsFinite(part) || !double.IsFinite(whole))
        {
            return "–";
        }

        double percent = part / whole * 100;
        return percent is > 0 and < 0.05 ? "<0.1%" : (percent + 0.0).ToString("0.0", Invariant) + "%";
    }

    /// <summary>A size in bytes, exactly: "1,234,567 bytes".</summary>
    public static string ExactBytes(long bytes) => bytes.ToString("N0", Invariant) + (bytes == 1 ? " byte" : " bytes");

    /// <summary>A size for people, in decimal units: "999 bytes", "1.2 MB".</summary>
    public static string Bytes(long bytes)
    {
        if (bytes < 1000)
        {
            return ExactBytes(bytes);
        }

        string[] units = ["kB", "MB", "GB", "TB", "PB"];
        double size = bytes;
        int unit = -1;
        while (size >= 1000 && unit < units.Length - 1)
        {
            size /= 1000;
            unit++;
        }

        return size.ToString("0.0", Invariant) + " " + units[unit];
    }

    /// <summary>A point in time as UTC ISO 8601 ("2025-01-31T12:34:56Z").</summary>
    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant);

    /// <summary>A duration for people: "0.412 s", "12.3 s", "4 min 05 s", "2 h 03 min 05 s".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            return "–";
        }

        if (span < TimeSpan.FromSeconds(1))
        {
            return span.TotalSeconds.ToString("0.000", Invariant) + " s";
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return span.TotalSeconds.ToString("0.0", Invariant) + " s";
        }

        if (span < TimeSpan.FromHours(1))
        {
            return string.Create(Invariant, $"{span.Minutes} min {span.Seconds:00} s");
        }

        return string.Create(Invariant, $"{(long)span.TotalHours} h {span.Minutes:00} min {span.Seconds:00} s");
    }

    /// <summary>An SVG coordinate: at most one decimal, invariant ("12", "12.5").</summary>
    public static string Coordinate(double value) => (Math.Round(value, 1) + 0.0).ToString("0.#", Invariant);
}
