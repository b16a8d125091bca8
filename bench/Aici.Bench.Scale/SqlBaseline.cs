using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

using DuckDB.NET.Data;

namespace Aici.Bench.Scale;

/// <summary>
/// The baseline: Aici's keyword classification written as one DuckDB SQL query over the corpus, run in an in-memory
/// DuckDB by the hidden <c>sql</c> subcommand (a child process, so that its memory is measured on its own).
/// <list type="bullet">
/// <item>Read: <c>read_ndjson</c> with the five fields the job needs declared (id, title, abstract, categories,
/// versions), so DuckDB neither samples for types nor materialises the other fields.</item>
/// <item>Labels (<see cref="SqlScope.Taxonomy"/>, the default): every label of the taxonomy files <c>aici run</c> reads
/// (ai, modalities, media, techniques, creative domains: 25 labels today), each by the rule of Aici's
/// <c>categories</c> definition: one of the label's <c>categories</c> among the record's space-separated categories,
/// or the lower-cased title + abstract matching one regular expression built from the label's <c>phrases</c> at run
/// time: each phrase's words joined by <c>[^a-z0-9]+</c> (hyphens and spaces alike), the last word with an optional
/// plural, all of it between <c>\b</c> word boundaries. The label's <c>exclude</c> phrases, when there are any, are
/// blanked out of the text first. <see cref="SqlScope.Ai"/> writes the <c>ai</c> label alone (the baseline of the
/// benchmarks before 2026-12-06, kept as a reference: one label of 25).</item>
/// <item>Year: the first version's <c>created</c> year, else the year in a well-formed arXiv id, as the Kaggle
/// reader does.</item>
/// <item><c>GROUP BY year</c>: records, and records with each label.</item>
/// </list>
/// DuckDB runs with its defaults (one thread per core).
/// </summary>
internal static class SqlBaseline
{
    /// <summary>The first line of the subcommand's output that the benchmark reads back.</summary>
    public const string ResultPrefix = "sql:";

    /// <summary>The line of the subcommand's output with every label's count of records.</summary>
    public const string LabelsPrefix = "labels:";

    /// <summary>The taxonomy files <c>aici run</c> reads, in its order (the optional ones may be absent).</summary>
    private static readonly string[] TaxonomyFiles = ["ai.json", "modalities.json", "media.json", "techniques.json", "creative_domains.json"];

    /// <summary>The hidden <c>sql</c> subcommand: runs the query and prints the table and two summary lines.</summary>
    public static int Run(string corpus, string taxonomyDirectory, SqlScope scope, int threads)
    {
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"sql: no corpus at {corpus}");
            return 2;
        }

        IReadOnlyList<LabelRule> rules = Rules(taxonomyDirectory, scope);
        string query = Query(corpus, rules);
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        if (threads > 0)
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        }

        string settings = Scalar(connection, "SELECT current_setting('threads') || ' threads, memory limit ' || current_setting('memory_limit') || ', DuckDB ' || version()");
        Console.WriteLine($"duckdb: {settings}");
        long records = 0;
        long[] totals = new long[rules.Count];
        var table = new StringBuilder("year,records," + string.Join(',', rules.Select(r => r.Name)) + "\n");
        using (DuckDBCommand command = connection.CreateCommand())
        {
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string year = reader.IsDBNull(0) ? "" : reader.GetInt32(0).ToString(CultureInfo.InvariantCulture);
                long n = reader.GetInt64(1);
                records += n;
                table.Append(CultureInfo.InvariantCulture, $"{year},{n}");
                for (int l = 0; l < rules.Count; l++)
                {
                    long count = reader.GetInt64(2 + l);
                    totals[l] += count;
                    table.Append(CultureInfo.InvariantCulture, $",{count}");
                }

                table.Append('\n');
            }
        }

        double seconds = clock.Elapsed.TotalSeconds;
        int ai = rules.ToList().FindIndex(r => r.IsAi);
        Console.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ResultPrefix} {records} records, {totals[ai]} AI in {seconds:0.00} s ({rules.Count} labels)"));
        Console.WriteLine(LabelsPrefix + string.Concat(rules.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $" {r.Name}={totals[i]}"))));
        return 0;
    }

    /// <summary>The query for the labels of <paramref name="scope"/> in <paramref name="taxonomyDirectory"/>.</summary>
    public static string Query(string corpus, string taxonomyDirectory, SqlScope scope) => Query(corpus, Rules(taxonomyDirectory, scope));

    /// <summary>The query, with the corpus path and the phrase patterns written in as literals.</summary>
    private static string Query(string corpus, IReadOnlyList<LabelRule> rules)
    {
        var columns = new List<string>();
        var counts = new List<string>();
        foreach (LabelRule rule in rules)
        {
            string text = "text";
            if (rule.Excludes.Count > 0)
            {
                text = $"regexp_replace(text, {Literal(Pattern(rule.Excludes, plural: false))}, ' ', 'g')";
            }

            string test = $"regexp_matches({text}, {Literal(Pattern(rule.Phrases, plural: true))})";
            if (rule.Categories.Count > 0)
            {
                test = $"list_has_any(categories, [{string.Join(", ", rule.Categories.Select(Literal))}]) OR {test}";
            }

            columns.Add($"({test}) AS {Identifier(rule.Name)}");
            counts.Add($"count(*) FILTER (WHERE {Identifier(rule.Name)}) AS {Identifier(rule.Name)}");
        }

        return $$"""
            WITH records AS (
                SELECT id, title, abstract, categories, versions
                FROM read_ndjson({{Literal(corpus)}}, columns = {id: 'VARCHAR', title: 'VARCHAR', abstract: 'VARCHAR', categories: 'VARCHAR', versions: 'STRUCT(version VARCHAR, created VARCHAR)[]'})
            ),
            texts AS (
                SELECT
                    coalesce(
                        try_cast(regexp_extract(versions[1].created, '\d{1,2} [A-Za-z]{3} (\d{4})', 1) AS INTEGER),
                        CASE
                            WHEN regexp_matches(id, '^\d{4}\.\d{4,5}(v\d+)?$') THEN 2000 + CAST(substr(id, 1, 2) AS INTEGER)
                            WHEN regexp_matches(id, '^[a-z][a-z.-]*/\d{7}(v\d+)?$') THEN
                                CAST(regexp_extract(id, '/(\d\d)', 1) AS INTEGER) + CASE WHEN CAST(regexp_extract(id, '/(\d\d)', 1) AS INTEGER) >= 91 THEN 1900 ELSE 2000 END
                        END) AS year,
                    string_split(coalesce(categories, ''), ' ') AS categories,
                    lower(concat_ws(' ', title, abstract)) AS text
                FROM records
            ),
            labelled AS (
                SELECT year,
                    {{string.Join(",\n        ", columns)}}
                FROM texts
            )
            SELECT year, count(*) AS records,
                {{string.Join(",\n    ", counts)}}
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

    /// <summary>The labels of <paramref name="scope"/>: every label of the taxonomy files, in aici's order, or <c>ai</c> alone.</summary>
    public static IReadOnlyList<LabelRule> Rules(string taxonomyDirectory, SqlScope scope)
    {
        var rules = new List<LabelRule>();
        foreach (string file in TaxonomyFiles)
        {
            string path = Path.Combine(taxonomyDirectory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (JsonElement label in document.RootElement.GetProperty("labels").EnumerateArray())
            {
                bool isAi = label.TryGetProperty("kind", out JsonElement kind) && kind.GetString() == "ai";
                if (scope == SqlScope.Ai && !isAi)
                {
                    continue;
                }

                string name = label.GetProperty("label").GetString() ?? "";
                foreach (string field in (string[])["min_phrases", "min_mentions"])
                {
                    if (label.TryGetProperty(field, out JsonElement min) && min.GetInt32() != 1)
                    {
                        throw new InvalidOperationException($"{path}: label '{name}': the SQL baseline only writes {field} = 1");
                    }
                }

                rules.Add(new LabelRule(name, isAi, Strings(label, "categories"), Strings(label, "phrases"), Strings(label, "exclude")));
            }
        }

        if (!rules.Any(r => r.IsAi))
        {
            throw new InvalidOperationException($"{Path.Combine(taxonomyDirectory, "ai.json")}: no label of kind 'ai'");
        }

        return rules;
    }

    private static List<string> Strings(JsonElement label, string field) =>
        label.TryGetProperty(field, out JsonElement array) ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

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
