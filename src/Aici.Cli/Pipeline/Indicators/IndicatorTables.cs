using System.Text;

using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;
using Aici.Report;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// The indicator tables as written to OUT/tables/: every country (not only the report's top N), with the interval
/// bounds of each estimate in columns of their own (equal to the estimate when no bootstrap was run).
/// </summary>
internal static class IndicatorTables
{
    private const string Varchar = "VARCHAR";
    private const string Bigint = "BIGINT";
    private const string Double = "DOUBLE";

    public static IReadOnlyList<TableData> All(IndicatorSet set, SensitivityTable sensitivity) =>
        [Headline(set), Growth(set), Yearly(set), Specialisation(set), Sensitivity(sensitivity)];

    public static TableData Headline(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        bool corrected = set.WorldCorrected is not null;
        List<TableColumn> columns =
        [
            new("country", Varchar), new("country_name", Varchar), new("rank", Bigint), new("rank_low", Bigint), new("rank_high", Bigint),
            new("image", Double), new("sound", Double), new("text", Double),
            new("any", Double), new("any_low", Double), new("any_high", Double),
            new("share_pct", Double), new("share_low", Double), new("share_high", Double),
        ];
        if (corrected)
        {
            columns.AddRange([new("any_corrected", Double), new("any_corrected_low", Double), new("any_corrected_high", Double)]);
        }

        var rows = new List<string?[]>();
        foreach (HeadlineRow r in set.Headline)
        {
            List<string?> cells =
            [
                r.Country, Name(r.Country), Cells.Integer(r.Rank.Value), Cells.Integer(Math.Floor(r.Rank.Interval.Low)), Cells.Integer(Math.Ceiling(r.Rank.Interval.High)),
                Cells.Count(r.Image), Cells.Count(r.Sound), Cells.Count(r.Text),
                Cells.Count(r.Any.Value), Cells.Count(r.Any.Interval.Low), Cells.Count(r.Any.Interval.High),
                Cells.Fixed(r.Share.Value, 3), Cells.Fixed(r.Share.Interval.Low, 3), Cells.Fixed(r.Share.Interval.High, 3),
            ];
            if (r.Corrected is Estimate c)
            {
                cells.AddRange([Cells.Count(c.Value), Cells.Count(c.Interval.Low), Cells.Count(c.Interval.High)]);
            }

            rows.Add([.. cells]);
        }

        CountryModalityRow world = set.Table.World;
        List<string?> worldCells =
        [
            CountryModalityTable.WorldLabel, CountryModalityTable.WorldLabel, null, null, null,
            Cells.Count(world.Image), Cells.Count(world.Sound), Cells.Count(world.Text),
            Cells.Count(world.Any), Cells.Count(world.Any), Cells.Count(world.Any),
            Cells.Fixed(world.Any > 0 ? 100 : double.NaN, 3), Cells.Fixed(world.Any > 0 ? 100 : double.NaN, 3), Cells.Fixed(world.Any > 0 ? 100 : double.NaN, 3),
        ];
        if (set.WorldCorrected is Estimate w)
        {
            worldCells.AddRange([Cells.Count(w.Value), Cells.Count(w.Interval.Low), Cells.Count(w.Interval.High)]);
        }

        rows.Add([.. worldCells]);
        return new TableData(ReportFiles.Headline, columns, rows);
    }

    public static TableData Growth(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        TableColumn[] columns =
        [
            new("country", Varchar), new("country_name", Varchar), new("start_year", Bigint), new("end_year", Bigint),
            new("papers_start", Double), new("papers_end", Double),
            new("pct_change", Double), new("pct_change_low", Double), new("pct_change_high", Double),
            new("cagr_pct", Double), new("cagr_low", Double), new("cagr_high", Double),
        ];
        var rows = set.Growth.Append(set.WorldGrowth).Select(g => new string?[]
        {
            g.Country, Name(g.Country), Cells.Integer(set.Settings.GrowthFrom), Cells.Integer(set.Settings.GrowthTo),
            Cells.Count(g.Start), Cells.Count(g.End),
            Cells.Fixed(g.PercentChange.Value, 3), Cells.Fixed(g.PercentChange.Interval.Low, 3), Cells.Fixed(g.PercentChange.Interval.High, 3),
            Cells.Fixed(g.Cagr.Value, 3), Cells.Fixed(g.Cagr.Interval.Low, 3), Cells.Fixed(g.Cagr.Interval.High, 3),
        }).ToList();
        return new TableData(ReportFiles.Growth, columns, rows);
    }

    public static TableData Yearly(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        TableColumn[] columns = [new("country", Varchar), new("country_name", Varchar), new("year", Bigint), new("papers", Double)];
        var rows = new List<string?[]>();
        foreach ((string country, IReadOnlyDictionary<int, double> years) in set.Yearly.ByCountry.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            rows.AddRange(years.OrderBy(kv => kv.Key).Select(kv => new string?[] { country, Name(country), Cells.Integer(kv.Key), Cells.Count(kv.Value) }));
        }

        rows.AddRange(set.Yearly.World.OrderBy(kv => kv.Key).Select(kv => new string?[]
        {
            CountryModalityTable.WorldLabel, CountryModalityTable.WorldLabel, Cells.Integer(kv.Key), Cells.Count(kv.Value),
        }));
        return new TableData(ReportFiles.Yearly, columns, rows);
    }

    public static TableData Specialisation(IndicatorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        TableColumn[] columns =
        [
            new("label", Varchar), new("country", Varchar), new("country_name", Varchar),
            new("country_label_papers", Double), new("country_ai_papers", Double), new("world_label_papers", Double), new("world_ai_papers", Double),
            new("rca", Double), new("rca_low", Double), new("rca_high", Double),
        ];
        var rows = set.Specialisation.Select(r => new string?[]
        {
            r.Label, r.Country, Name(r.Country),
            Cells.Count(r.Row.CountryLabel), Cells.Count(r.Row.CountryAi), Cells.Count(r.Row.WorldLabel), Cells.Count(r.Row.WorldAi),
            Cells.Fixed(r.Rca.Value, 4), Cells.Fixed(r.Rca.Interval.Low, 4), Cells.Fixed(r.Rca.Interval.High, 4),
        }).ToList();
        return new TableData(ReportFiles.Specialisation, columns, rows);
    }

    public static TableData Sensitivity(SensitivityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        List<TableColumn> columns = [new("country", Varchar), new("country_name", Varchar)];
        foreach (string definition in table.Definitions)
        {
            string column = ColumnName(definition);
            columns.Add(new("rank_" + column, Bigint));
            columns.Add(new("any_" + column, Double));
        }

        columns.Add(new("rank_changes", "BOOLEAN"));
        var rows = table.Rows.Select(r =>
        {
            var cells = new List<string?> { r.Country, Name(r.Country) };
            for (int d = 0; d < table.Definitions.Count; d++)
            {
                cells.Add(r.Ranks[d] is int rank ? Cells.Integer(rank) : null);
                cells.Add(Cells.Count(r.Any[d]));
            }

            cells.Add(Cells.Boolean(r.RankChanges));
            return cells.ToArray();
        }).ToList();
        return new TableData(ReportFiles.Sensitivity, columns, rows);
    }

    /// <summary>A definition's name as a column suffix: lower-case letters, digits and underscores.</summary>
    internal static string ColumnName(string definition)
    {
        var sb = new StringBuilder(definition.Length);
        foreach (char c in definition.ToLowerInvariant())
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return sb.ToString();
    }

    private static string Name(string country) =>
        country.Length == 2 && char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1])
            ? CountryNames.EnglishName(new CountryCode(country))
            : country;
}
