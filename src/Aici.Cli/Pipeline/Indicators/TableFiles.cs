using System.Text;

using Aici.Report;
using Aici.Store;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// Writes an indicator table as CSV (RFC 4180, header, "\n" line ends, written under a temporary name and renamed) and
/// as Parquet, which DuckDB makes from that CSV with the table's column types through the store's atomic COPY.
/// </summary>
internal static class TableFiles
{
    public static void Write(TableData table, PaperStore store, OutputPaths outputs)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outputs);
        string csv = outputs.Table(table.Name, "csv");
        AtomicFile.WriteAllText(csv, Csv(table));
        store.Export(ReadCsv(table, csv), outputs.Table(table.Name, "parquet"), ExportFormat.Parquet);
    }

    public static string Csv(TableData table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder(64 + (table.Rows.Count * 96));
        sb.AppendJoin(',', table.Columns.Select(c => Quote(c.Name))).Append('\n');
        foreach (string?[] row in table.Rows)
        {
            sb.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The DuckDB query that reads the CSV back with the table's own column types (empty cells are NULL).</summary>
    internal static string ReadCsv(TableData table, string path)
    {
        string columns = string.Join(", ", table.Columns.Select(c => $"'{Sql(c.Name)}': '{Sql(c.Type)}'"));
        return $"SELECT * FROM read_csv('{Sql(path)}', header = true, delim = ',', quote = '\"', escape = '\"', columns = {{{columns}}})";
    }

    private static string Quote(string? cell)
    {
        if (cell is null)
        {
            return string.Empty;
        }

        return cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string Sql(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
