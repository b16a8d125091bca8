using System.Globalization;
using Aici.Core.Classify;
using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;
using DuckDB.NET.Data;

namespace Aici.Store;

/// <summary>
/// The run's DuckDB file. Papers, labels with evidence, paper–country links, diagnostics, the manifest and the
/// measured tables. Rows go in through DuckDB appenders (bulk), never row INSERTs; tables go out with COPY.
/// Not thread-safe: one writer.
/// </summary>
public sealed partial class PaperStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private PaperStore(DuckDBConnection connection)
    {
        _connection = connection;
    }

    public string Path { get; private init; } = "";

    /// <summary>Creates a new, empty store at <paramref name="path"/> (an existing file there is replaced).</summary>
    public static PaperStore Create(string path)
    {
        DeleteIfExists(path);
        var store = new PaperStore(Connect(path)) { Path = path };
        store.Execute(Schema.Create);
        return store;
    }

    /// <summary>
    /// Opens an existing store read-write. Records added after <see cref="BeginUpdate"/> are staged and compared with
    /// the stored ones by <see cref="ApplyStaged"/>.
    /// </summary>
    public static PaperStore Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such store", path);
        }

        return new PaperStore(Connect(path)) { Path = path };
    }

    /// <summary>
    /// A connection whose working memory is bounded (DuckDB would take 80% of the machine's): aggregates larger than
    /// this spill to a temporary folder beside the store instead of growing the process. Appended rows are written out
    /// one row group at a time (DuckDB buffers five by default, and wrote up to five at the commit that ends a run's
    /// reading: 0.3 s of the 1M run's end with one core busy, against 0.1 s).
    /// </summary>
    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};memory_limit={MemoryLimit};write_buffer_row_group_count=1");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// DuckDB's memory limit for a store's connection: enough for the AI-works query of a 3M-record store to run
    /// without spilling (at 256 MB it spilled and took twice as long), small enough for a 3M run to peak near 0.7 GB.
    /// </summary>
    public const string MemoryLimit = "320MB";

    /// <summary>
    /// Whether the store has this version's tables (records in <c>paper_rows</c>, labels numbered in
    /// <c>label_names</c>, input files in <c>input_files</c>): a store written before them cannot be merged or updated.
    /// </summary>
    public bool HasCurrentLayout() =>
        Scalar($"SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name IN ({string.Join(", ", Schema.LayoutTables.Select(t => "'" + t + "'"))})")
        == Schema.LayoutTables.Count;

    /// <summary>Every work, de-duplicated over its records, ordered by key.</summary>
    public IEnumerable<StoredWork> Works() => ReadWorks(Schema.Works());

    /// <summary>
    /// The works that are AI under the run's definition or under any definition compared with it: all the indicators
    /// need, since the others count only in <see cref="WorkCount"/>.
    /// </summary>
    public IEnumerable<StoredWork> AiWorks() => ReadWorks(Schema.Works(Schema.AiRecordFilter));

    /// <summary>How many works (records de-duplicated by key and DOI) the store holds.</summary>
    public long WorkCount()
    {
        Flush();
        return Scalar(Schema.WorkCount);
    }

    private IEnumerable<StoredWork> ReadWorks(string query)
    {
        Flush();
        List<string> names = [.. Strings(Schema.LabelNames)];
        if (names.Count > Schema.MaxLabelBits)
        {
            throw new InvalidOperationException(
                $"{Path}: the store holds {names.Count} distinct labels, more than the {Schema.MaxLabelBits} a work's label mask can hold");
        }

        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = query;
        using DuckDBDataReader reader = command.ExecuteReader();

        // Few distinct label sets and country codes recur over hundreds of thousands of works: share them.
        var labelLists = new Dictionary<ulong, string[]>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ulong mask = reader.GetFieldValue<ulong>(2);
            if (!labelLists.TryGetValue(mask, out string[]? labelList))
            {
                labelList = [.. Enumerable.Range(0, names.Count).Where(bit => (mask & (1UL << bit)) != 0).Select(bit => names[bit])];
                labelLists.Add(mask, labelList);
            }

            string countries = reader.GetString(3);
            yield return new StoredWork(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetInt32(1),
                labelList,
                countries.Length == 0 ? [] : [.. Split(countries).Select(c => ParseShare(c, codes))])
            {
                DefinitionLabels = reader.GetInt32(4),
            };
        }
    }

    /// <summary>The first <paramref name="limit"/> diagnostics in file and line order, and how many there are.</summary>
    public (IReadOnlyList<Diagnostic> First, long Total) Diagnostics(int limit)
    {
        Flush();
        long total = Scalar("SELECT count(*) FROM diagnostics");
        var list = new List<Diagnostic>();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = $"SELECT file, line, severity, field, reason FROM diagnostics ORDER BY file, line, field, reason LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new Diagnostic(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetString(2) == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                reader.GetString(3),
                reader.GetString(4)));
        }

        return (list, total);
    }

    /// <summary>Saves a country × modality table as <paramref name="name"/>, replacing it, in rank order.</summary>
    public void SaveCountryModality(string name, CountryModalityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        bool fractional = table.Counting == Counting.Fractional;
        Execute(Schema.CountryTable(name, fractional));
        using DuckDBAppender appender = _connection.CreateAppender(name);
        int rank = 0;
        foreach (CountryModalityRow row in table.Rows)
        {
            IDuckDBAppenderRow r = appender.CreateRow().AppendValue(++rank).AppendValue(row.Country);
            foreach (double value in new[] { row.Image, row.Sound, row.Text, row.Any })
            {
                r = fractional ? r.AppendValue((decimal)Math.Round(value, 3)) : r.AppendValue((long)Math.Round(value));
            }

            r.EndRow();
        }
    }

    public void SaveManifest(string json)
    {
        Execute("DELETE FROM manifest");
        using DuckDBAppender appender = _connection.CreateAppender("manifest");
        appender.CreateRow().AppendValue(json).EndRow();
    }

    /// <summary>Writes the result of <paramref name="query"/> as CSV (with header) or Parquet, atomically.</summary>
    public void Export(string query, string path, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(path);
        Flush();
        string temporary = path + ".partial";
        string options = format == ExportFormat.Csv ? "FORMAT csv, HEADER true" : "FORMAT parquet";
        Execute($"COPY ({query}) TO '{temporary.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
        File.Move(temporary, path, overwrite: true);
    }

    public long Scalar(string sql)
    {
        Flush();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as strings.</summary>
    private List<string> Strings(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public void Dispose()
    {
        Flush();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static CountryShare ParseShare(string item, Dictionary<string, string> codes)
    {
        int equals = item.IndexOf('=', StringComparison.Ordinal);
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(item.AsSpan(0, equals), out string? code))
        {
            code = item[..equals];
            codes.Add(code, code);
        }

        return new CountryShare(
            new CountryCode(code),
            double.Parse(item.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static string[] Split(string list) =>
        list.Length == 0 ? [] : list.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void DeleteIfExists(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }
}
