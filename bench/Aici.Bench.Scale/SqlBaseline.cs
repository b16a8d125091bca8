using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

using DuckDB.NET.Data;

namespace Aici.Bench.Scale;

/// <summary>
/// The baseline: Aici's keyword job written as one DuckDB SQL query over the corpus, run in an in-memory DuckDB by the
/// hidden <c>sql</c> subcommand (a child process, so that its memory is measured on its own).
/// <list type="bullet">
/// <item>Read: <c>read_ndjson</c> with the five fields the job needs declared (id, title, abstract, categories,
/// versions), so DuckDB neither samples for types nor materialises the other fields.</item>
/// <item>AI: one of the label's <c>categories</c> among the record's space-separated categories, or the lower-cased
/// title + abstract matching one regular expression built from the label's <c>phrases</c> at run time: each phrase's
/// words joined by <c>[^a-z0-9]+</c> (hyphens and spaces alike), the last word with an optional plural, all of it
/// between <c>\b</c> word boundaries. The label's <c>exclude</c> phrases, when there are any, are blanked out of the
/// text first.</item>
/// <item>Year: the first version's <c>created</c> year, else the year in a well-formed arXiv id, as the Kaggle
/// reader does.</item>
/// <item><c>GROUP BY year</c>: records and AI records.</item>
/// </list>
/// DuckDB runs with its defaults (one thread per core).
/// </summary>
internal static class SqlBaseline
{
    /// <summary>The first line of the subcommand's output that the benchmark reads back.</summary>
    public const string ResultPrefix = "sql:";

    /// <summary>The hidden <c>sql</c> subcommand: runs the query and prints the table and a summary line.</summary>
    public static int Run(string corpus, string taxonomyDirectory, int threads)
    {
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"sql: no corpus at {corpus}");
            return 2;
        }

        string query = Query(corpus, Path.Combine(taxonomyDirectory, "ai.json"));
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        if (threads > 0)
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        }

        string settings = Scalar(connection, "SELECT current_setting('threads') || ' threads, memory limit ' || current_setting('memory_limit') || ', DuckDB ' || version()");
        Console.WriteLine($"duckdb: {settings}");
        long records = 0, ai = 0;
        var table = new StringBuilder("year,records,ai\n");
        using (DuckDBCommand command = connection.CreateCommand())
        {
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string year = reader.IsDBNull(0) ? "" : reader.GetInt32(0).ToString(CultureInfo.InvariantCulture);
                long n = reader.GetInt64(1);
                long a = reader.GetInt64(2);
                records += n;
                ai += a;
                table.Append(CultureInfo.InvariantCulture, $"{year},{n},{a}\n");
            }
        }

        Console.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ResultPrefix} {records} records, {ai} AI in {clock.Elapsed.TotalSeconds:0.00} s"));
        return 0;
    }

    /// <summary>The query, with the corpus path and the phrase pattern written in as literals.</summary>
    public static string Query(string corpus, string aiTaxonomy)
    {
        (IReadOnlyList<string> categories, IReadOnlyList<string> phrases, IReadOnlyList<string> excludes) = AiLabel(aiTaxonomy);
        string categoryList = string.Join(", ", categories.Select(Literal));
        string text = "lower(concat_ws(' ', title, abstract))";
        if (excludes.Count > 0)
        {
            text = $"regexp_replace({text}, {Literal(Pattern(excludes, plural: false))}, ' ', 'g')";
        }

        return $$"""
            WITH records AS (
                SELECT id, title, abstract, categories, versions
                FROM read_ndjson({{Literal(corpus)}}, columns = {id: 'VARCHAR', title: 'VARCHAR', abstract: 'VARCHAR', categories: 'VARCHAR', versions: 'STRUCT(version VARCHAR, created VARCHAR)[]'})
            ),
            labelled AS (
                SELECT
                    coalesce(
                        try_cast(regexp_extract(versions[1].created, '\d{1,2} [A-Za-z]{3} (\d{4})', 1) AS INTEGER),
                        CASE
                            WHEN regexp_matches(id, '^\d{4}\.\d{4,5}(v\d+)?$') THEN 2000 + CAST(substr(id, 1, 2) AS INTEGER)
                            WHEN regexp_matches(id, '^[a-z][a-z.-]*/\d{7}(v\d+)?$') THEN
                                CAST(regexp_extract(id, '/(\d\d)', 1) AS INTEGER) + CASE WHEN CAST(regexp_extract(id, '/(\d\d)', 1) AS INTEGER) >= 91 THEN 1900 ELSE 2000 END
                        END) AS year,
                    list_has_any(string_split(coalesce(categories, ''), ' '), [{{categoryList}}])
                        OR regexp_matches({{text}}, {{Literal(Pattern(phrases, plural: true))}}) AS ai
                FROM records
            )
            SELECT year, count(*) AS records, count(*) FILTER (WHERE ai) AS ai_records
            FROM labelled
            GROUP BY year
            ORDER BY year
            """;
    }

    /// <summary>
    /// One alternation of every phrase between word boundaries: words are runs of letters and digits, joined by
    /// any run of other characters; the last word may take "s" or "es" (or "ies" for a consonant + "y"), as Aici's
    /// phrase matcher allows.
    /// </summary>
    public static string Pattern(IEnumerable<string> phrases, bool plural)
    {
        var alternatives = new List<string>();
        foreach (string phrase in phrases)
        {
            string[] words = Words(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            string last = words[^1];
            string ending = "";
            if (plural && last.Length >= 2 && char.IsAsciiLetter(last[^1]))
            {
                ending = last.Length >= 3 && last[^1] == 'y' && !"aeiou".Contains(last[^2], StringComparison.Ordinal)
                    ? "" : "(?:e?s)?";
                if (ending.Length == 0)
                {
                    words[^1] = last[..^1] + "(?:y|ys|yes|ies)";
                }
            }

            alternatives.Add(string.Join("[^a-z0-9]+", words.Select(EscapeWord)) + ending);
        }

        // Longer alternatives first (RE2 is leftmost-first): only the match/no-match answer is used, so order matters little.
        return @"\b(?:" + string.Join('|', alternatives.Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal)) + @")\b";
    }

    private static string[] Words(string phrase)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in phrase.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }

    private static string EscapeWord(string word) =>
        word.All(char.IsAsciiLetterOrDigit) ? word : string.Concat(word.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "\\x{" + ((int)c).ToString("x", CultureInfo.InvariantCulture) + "}"));

    /// <summary>The <c>ai</c> label of <c>taxonomy/ai.json</c>: its categories, phrases and exclusions.</summary>
    private static (IReadOnlyList<string> Categories, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excludes) AiLabel(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (JsonElement label in document.RootElement.GetProperty("labels").EnumerateArray())
        {
            bool isAi = label.TryGetProperty("kind", out JsonElement kind) && kind.GetString() == "ai";
            if (!isAi)
            {
                continue;
            }

            if (label.TryGetProperty("min_phrases", out JsonElement min) && min.GetInt32() != 1)
            {
                throw new InvalidOperationException($"{path}: the SQL baseline only writes min_phrases = 1");
            }

            return (Strings(label, "categories"), Strings(label, "phrases"), Strings(label, "exclude"));
        }

        throw new InvalidOperationException($"{path}: no label of kind 'ai'");
    }

    private static List<string> Strings(JsonElement label, string field) =>
        label.TryGetProperty(field, out JsonElement array) ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
