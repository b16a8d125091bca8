using System.Globalization;

using DuckDB.NET.Data;

namespace Aici.Bench.Scale;

/// <summary>
/// A fingerprint of an Aici store's contents: for each table, its row count and an order-independent hash of its rows
/// (the sum of DuckDB's <c>hash</c> of each row). Two fingerprints compared tell whether a rerun changed the store's
/// data, whatever the file's bytes (DuckDB may rewrite blocks without changing a row).
/// </summary>
internal static class StoreCheck
{
    /// <summary>Tables that a run rewrites on every run by design: the manifest (it records the run's times).</summary>
    public static IReadOnlySet<string> PerRun { get; } = new HashSet<string>(StringComparer.Ordinal) { "manifest" };

    public static Dictionary<string, string> Fingerprint(string storeFile)
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        using DuckDBConnection connection = Attached(storeFile);

        var names = new List<string>();
        using (DuckDBCommand list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM duckdb_tables() WHERE database_name = 's' ORDER BY table_name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (string name in names)
        {
            using DuckDBCommand hash = connection.CreateCommand();
            hash.CommandText = $"SELECT count(*)::VARCHAR || ' rows, ' || coalesce(sum(hash(t)::HUGEINT), 0)::VARCHAR FROM s.\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" AS t";
            tables[name] = Convert.ToString(hash.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
        }

        return tables;
    }

    /// <summary>Records with each label in an Aici store (empty when there is no store).</summary>
    public static IReadOnlyDictionary<string, long> LabelCounts(string storeFile)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(storeFile))
        {
            return counts;
        }

        using DuckDBConnection connection = Attached(storeFile);
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT label, count(DISTINCT record_no) FROM s.labels GROUP BY label ORDER BY label";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>An in-memory connection with the store attached read-only as <c>s</c>.</summary>
    private static DuckDBConnection Attached(string storeFile)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand attach = connection.CreateCommand();
        attach.CommandText = $"ATTACH '{storeFile.Replace("'", "''", StringComparison.Ordinal)}' AS s (READ_ONLY)";
        attach.ExecuteNonQuery();
        return connection;
    }

    /// <summary>The tables whose contents differ between two fingerprints, leaving out <see cref="PerRun"/>.</summary>
    public static List<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(t => !PerRun.Contains(t))
            .Where(t => !before.TryGetValue(t, out string? b) || !after.TryGetValue(t, out string? a) || b != a)
            .Order(StringComparer.Ordinal)];

    /// <summary>Rows in the store's records table (<c>paper_rows</c>; <c>papers</c> in stores before layout 5), from a fingerprint (0 when there is none).</summary>
    public static long Papers(IReadOnlyDictionary<string, string> fingerprint) =>
        fingerprint.TryGetValue("paper_rows", out string? text) || fingerprint.TryGetValue("papers", out text)
            ? long.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture) : 0;
}
