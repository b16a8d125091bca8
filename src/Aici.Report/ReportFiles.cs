namespace Aici.Report;

/// <summary>
/// The names of the indicator tables and charts, shared by the stage that writes them and the report that links them:
/// tables go to OUT/tables/NAME.csv and .parquet, charts to OUT/charts/NAME.svg and .png.
/// </summary>
public static class ReportFiles
{
    public const string Headline = "headline";
    public const string Yearly = "yearly";
    public const string Growth = "growth";
    public const string Specialisation = "specialisation";
    public const string Sensitivity = "sensitivity";

    public const string GrowthChart = "growth";
    public const string YearlyChart = "yearly";
    public const string CountryChart = "country_modality";

    /// <summary>Every indicator table, in the report's order.</summary>
    public static IReadOnlyList<string> Tables { get; } = [Headline, Growth, Yearly, Specialisation, Sensitivity];

    /// <summary>The chart of RCA in <paramref name="label"/>: "rca_gan", "rca_style_transfer".</summary>
    public static string RcaChart(string label) => "rca_" + label;

    /// <summary>A table's CSV, relative to the report's folder.</summary>
    public static string Csv(string table) => "../tables/" + table + ".csv";
}
