using System.Globalization;
using Aici.Core.Run;
using DuckDB.NET.Data;

namespace Aici.Store;

/// <summary>Combining stores built as shards of the same inputs into one, ready to measure.</summary>
public sealed partial class PaperStore
{
    /// <summary>
    /// Copies every record of the store at <paramref name="path"/> into this one (record numbers shifted after the
    /// ones already here), with its labels, countries, diagnostics and inputs. Call <see cref="CompleteMerge"/> after
    /// the last store.
    /// </summary>
    public void MergeFrom(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Flush();
        _inputNumbers = null;
        _labelNumbers = null;
        long offset = LastRecordNo();
        string shift = $"* REPLACE (record_no + {offset.ToString(CultureInfo.InvariantCulture)} AS record_no)";
        Execute($"ATTACH '{path.Replace("'", "''", StringComparison.Ordinal)}' AS merged (READ_ONLY)");
        try
        {
            Execute($"""
                {NumberNew("input_files", "input_no", "path")}
                INSERT INTO paper_rows
                    SELECT r.* REPLACE (r.record_no + {offset.ToString(CultureInfo.InvariantCulture)} AS record_no, f.input_no AS input_no)
                    FROM merged.paper_rows r JOIN merged.input_files m USING (input_no) JOIN input_files f ON f.path = m.path
                    ORDER BY r.record_no;
                {NumberNew("label_names", "label_no", "label, kind")}
                INSERT INTO label_rows
                    SELECT l.record_no + {offset.ToString(CultureInfo.InvariantCulture)}, n.label_no, l.evidence
                    FROM merged.label_rows l JOIN merged.label_names m USING (label_no) JOIN label_names n ON n.label = m.label AND n.kind = m.kind
                    ORDER BY l.rowid;
                INSERT INTO paper_countries SELECT {shift} FROM merged.paper_countries;
                INSERT INTO diagnostics SELECT * FROM merged.diagnostics;
                INSERT INTO inputs SELECT * FROM merged.inputs;
                """);
        }
        finally
        {
            Execute("DETACH merged");
        }
    }

    /// <summary>
    /// Adds to a numbered names table (<paramref name="table"/>: <paramref name="number"/> and <paramref name="names"/>)
    /// the names the attached store has and this one lacks, numbered after this one's largest, in name order.
    /// </summary>
    private static string NumberNew(string table, string number, string names) => $"""
        INSERT INTO {table}
            SELECT (SELECT coalesce(max({number}), 0) FROM {table}) + row_number() OVER (ORDER BY {names}), {names}
            FROM (SELECT DISTINCT {names} FROM merged.{table} EXCEPT SELECT {names} FROM {table});
        """;

    /// <summary>
    /// Every shard read every input and reported its bad lines: keep each diagnostic once, and each input once with
    /// the records of all shards added up.
    /// </summary>
    public void CompleteMerge()
    {
        Execute("""
            CREATE OR REPLACE TABLE diagnostics AS SELECT DISTINCT * FROM diagnostics ORDER BY file, line, field, reason;
            CREATE OR REPLACE TABLE inputs AS
                SELECT path, format, bytes, sha256, sum(records)::BIGINT AS records, max(rejected) AS rejected,
                       max(warnings) AS warnings, xxh128
                FROM inputs GROUP BY path, format, bytes, sha256, xxh128 ORDER BY path;
            """);
    }

    /// <summary>The inputs the store holds, by path.</summary>
    public IReadOnlyList<InputFile> Inputs()
    {
        Flush();
        var inputs = new List<InputFile>();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT path, format, bytes, sha256, records, rejected, warnings, xxh128 FROM inputs ORDER BY path";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            inputs.Add(new InputFile(
                reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6))
            {
                QuickHash = reader.GetString(7),
            });
        }

        return inputs;
    }
}
