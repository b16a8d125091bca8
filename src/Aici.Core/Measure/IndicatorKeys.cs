namespace Aici.Core.Measure;

/// <summary>The keys under which <see cref="IndicatorSet"/> hands its values to the bootstrap: "any|GB", "rca|gan|GB"…</summary>
public static class IndicatorKeys
{
    public static string Any(string country) => "any|" + country;

    public static string Share(string country) => "share|" + country;

    public static string Rank(string country) => "rank|" + country;

    public static string Corrected(string country) => "corrected|" + country;

    public static string PercentChange(string country) => "growth|" + country;

    public static string Cagr(string country) => "cagr|" + country;

    public static string Rca(string label, string country) => "rca|" + label + "|" + country;
}
