using System.Globalization;

using Aici.Bench.Scale;
using static Aici.Bench.BenchArgs;

// The scale benchmark of issue #6 (see docs/benchmarks.md and ScaleRuns):
//   dotnet run -c Release --project bench/Aici.Bench.Scale -- [--rounds 3] [--sizes 1000000,3000000] [--dir /tmp/aici-bench]
// Options: --corpus FILE (repeatable: the corpus for the 1st, 2nd… size instead of DIR/arxiv-1m.jsonl…, written with
// make-corpus when missing), --aici PATH (use this aici, do not build), --no-build (use the CLI already published in out/aici),
// --threads N (DuckDB threads for the SQL baseline; default: DuckDB's, one per core).
// Hidden: `sql --corpus FILE [--taxonomy DIR] [--scope taxonomy|ai] [--threads N]` runs the SQL baseline once (the
// benchmark's child: every taxonomy label, or the ai label alone) and `sql --print --corpus FILE [--scope …]` prints
// the query.
if (args.Length > 0 && args[0] == "sql")
{
    string corpus = Option(args, "--corpus") ?? throw new ArgumentException("sql needs --corpus FILE");
    string taxonomy = Option(args, "--taxonomy") ?? Paths.Taxonomy;
    SqlScope scope = (Option(args, "--scope") ?? "taxonomy") switch
    {
        "taxonomy" => SqlScope.Taxonomy,
        "ai" => SqlScope.Ai,
        string other => throw new ArgumentException($"--scope takes taxonomy or ai, not '{other}'"),
    };
    if (args.Contains("--print"))
    {
        Console.WriteLine(SqlBaseline.Query(Path.GetFullPath(corpus), taxonomy, scope));
        return 0;
    }

    return SqlBaseline.Run(Path.GetFullPath(corpus), taxonomy, scope, Number(args, "--threads", 0));
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("usage: Aici.Bench.Scale [--rounds 3] [--sizes 1000000,3000000] [--dir /tmp/aici-bench] [--corpus FILE]... [--aici PATH | --no-build] [--threads N]");
    return 0;
}

List<long> sizes = [.. (Option(args, "--sizes") ?? "1000000,3000000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(s => long.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))];
if (sizes.Count == 0 || sizes.Any(s => s <= 0))
{
    Console.Error.WriteLine("--sizes takes record counts above 0, e.g. 1000000,3000000");
    return 2;
}

var options = new ScaleOptions(
    Number(args, "--rounds", 3),
    sizes,
    Path.GetFullPath(Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "aici-bench")),
    Options(args, "--corpus"),
    Option(args, "--aici"),
    Build: !args.Contains("--no-build") && Option(args, "--aici") is null,
    Number(args, "--threads", 0));
if (options.Rounds < 1)
{
    Console.Error.WriteLine("--rounds must be 1 or more");
    return 2;
}

string commandLine = "dotnet run -c Release --project bench/Aici.Bench.Scale --" + string.Concat(args.Select(a => " " + a));
try
{
    return ScaleRuns.Run(options, commandLine);
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("scale benchmark: " + e.Message);
    return 1;
}
