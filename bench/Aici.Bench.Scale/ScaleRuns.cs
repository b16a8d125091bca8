using System.Diagnostics;
using System.Globalization;

namespace Aici.Bench.Scale;

/// <summary>
/// The scale benchmark of issue #6, in paired rounds on the same files: (a) <c>aici run --rebuild</c> on the base
/// corpus (1M records), (b) the same keyword classification as DuckDB SQL on the same file (every taxonomy label),
/// (c) <c>aici run --rebuild</c> on each larger corpus (3M), with (a) between (b) and (c) in every round (c, a, b in
/// odd rounds, b, a, c in even ones), then (b′) the SQL of the <c>ai</c> label alone, for reference, and (d) <c>aici run</c> again on the base
/// corpus into the same output folder without <c>--rebuild</c>: an incremental run that must skip the input and leave
/// the store's data as it was.
/// </summary>
internal static class ScaleRuns
{
    public static int Run(ScaleOptions options, string commandLine)
    {
        Directory.CreateDirectory(options.Directory);
        string logs = Path.Combine(options.Directory, "logs");
        Directory.CreateDirectory(logs);
        string machine = Machine.Describe();
        Console.WriteLine($"command: {commandLine}");
        Console.WriteLine($"machine: {machine}");

        var corpora = new List<string>();
        for (int i = 0; i < options.Sizes.Count; i++)
        {
            string corpus = options.CorpusFor(i);
            Corpora.Ensure(corpus, options.Sizes[i]);
            corpora.Add(corpus);
        }

        string aici = options.Aici is null ? Paths.PublishedAici : Path.GetFullPath(options.Aici);
        if (options.Build && !PublishedCli.Publish(Paths.RepoRoot, "fix it, or give --no-build or --aici PATH"))
        {
            return 1;
        }

        if (!File.Exists(aici))
        {
            Console.Error.WriteLine($"no aici at {aici}: publish it with 'dotnet publish src/Aici.Cli -c Release -o out/aici' or give --aici PATH");
            return 1;
        }

        if (options.Aici is null)
        {
            // Every round must time the same build: run a copy, which a rebuild of src/Aici.Cli meanwhile cannot touch.
            aici = Snapshot(aici, Path.Combine(options.Directory, "cli"));
        }

        string code = options.Aici is null ? Paths.CodeVersion() : "given with --aici";

        string beside = Path.Combine(Path.GetDirectoryName(aici)!, "taxonomy");
        string taxonomy = Directory.Exists(beside) ? beside : Paths.Taxonomy;
        Console.WriteLine($"aici: {aici}; taxonomy (aici's default, also read by the SQL baseline): {taxonomy}");
        Console.WriteLine(ChildRun.RssMethod);
        File.WriteAllText(Path.Combine(options.Directory, "scale-baseline.sql"), SqlBaseline.Query(corpora[0], taxonomy, SqlScope.Taxonomy) + ";\n");
        File.WriteAllText(Path.Combine(options.Directory, "scale-baseline-ai.sql"), SqlBaseline.Query(corpora[0], taxonomy, SqlScope.Ai) + ";\n");

        for (int i = 0; i < corpora.Count; i++)
        {
            (long bytes, double seconds) = Corpora.Warm(corpora[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"corpus {corpora[i]}: {bytes / 1e9:0.00} GB, read once in {seconds:0.0} s to warm the page cache"));
        }

        var jobs = new List<Job>();
        var clock = Stopwatch.StartNew();
        try
        {
            for (int round = 1; round <= options.Rounds; round++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"— round {round} of {options.Rounds} ({clock.Elapsed.TotalMinutes:0.0} min so far)"));
                long baseSize = options.Sizes[0];
                string baseLabel = Corpora.Label(baseSize);
                Job RunAici() => Aici(aici, "aici " + baseLabel, round, corpora[0], options.OutFor(baseSize), logs);
                Job RunSql() => Sql("sql " + baseLabel, round, corpora[0], taxonomy, SqlScope.Taxonomy, options.Threads, logs);
                void RunLarger()
                {
                    for (int i = 1; i < options.Sizes.Count; i++)
                    {
                        jobs.Add(Report(Aici(aici, "aici " + Corpora.Label(options.Sizes[i]), round, corpora[i], options.OutFor(options.Sizes[i]), logs)));
                    }
                }

                // (a) runs next to both jobs it is compared with, (b) on one side and (c) on the other, the sides
                // swapped from round to round: this VM's speed drifts over minutes, and a pair run back to back
                // shares its phase.
                if (round % 2 == 1)
                {
                    RunLarger();
                    jobs.Add(Report(RunAici()));
                    jobs.Add(Report(RunSql()));
                }
                else
                {
                    jobs.Add(Report(RunSql()));
                    jobs.Add(Report(RunAici()));
                    RunLarger();
                }

                jobs.Add(Report(Sql("sql-ai " + baseLabel, round, corpora[0], taxonomy, SqlScope.Ai, options.Threads, logs)));

                jobs.Add(Report(Rerun(aici, "rerun " + baseLabel, round, corpora[0], options.OutFor(baseSize), logs)));
            }
        }
        catch (BenchFailure failure)
        {
            Console.Error.WriteLine(failure.Message);
            return 1;
        }

        IReadOnlyDictionary<string, long> stored = StoreCheck.LabelCounts(Path.Combine(options.OutFor(options.Sizes[0]), "aici.duckdb"));
        string results = ScaleReport.Markdown(options, commandLine, machine, code, corpora, jobs, stored);
        string file = Path.Combine(options.Directory, "scale-results.md");
        File.WriteAllText(file, results);
        Console.WriteLine();
        Console.WriteLine(results);
        Console.WriteLine($"written to {file}; child logs in {logs}; the SQL in {Path.Combine(options.Directory, "scale-baseline.sql")}");
        return 0;
    }

    private static Job Aici(string aici, string name, int round, string corpus, string outDir, string logs)
    {
        string load = Machine.LoadAverage();
        ChildResult child = Check(ChildRun.Run(name, aici, ["run", "--arxiv", corpus, "--out", outDir, "--rebuild"], LogFile(logs, name, round)));
        (long works, long ai) = AiciOutput.Works(child.Stdout);
        return new Job(name, round, AiciOutput.Records(child.Stdout), child, load)
        {
            Works = works,
            Ai = ai,
            Stages = AiciOutput.Stages(child.Stderr, child.Wall),
        };
    }

    private static Job Sql(string name, int round, string corpus, string taxonomy, SqlScope scope, int threads, string logs)
    {
        (string self, IReadOnlyList<string> prefix) = Paths.Self();
        List<string> arguments = [.. prefix, "sql", "--corpus", corpus, "--taxonomy", taxonomy, "--scope", scope == SqlScope.Ai ? "ai" : "taxonomy"];
        if (threads > 0)
        {
            arguments.AddRange(["--threads", threads.ToString(CultureInfo.InvariantCulture)]);
        }

        string load = Machine.LoadAverage();
        ChildResult child = Check(ChildRun.Run(name, self, arguments, LogFile(logs, name, round)));
        string? line = child.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(SqlBaseline.ResultPrefix, StringComparison.Ordinal));
        string[] parts = (line ?? "").Split(' ');
        if (parts.Length < 4)
        {
            throw new BenchFailure($"{name}: no '{SqlBaseline.ResultPrefix}' line in its output (log: {child.Log})");
        }

        string labels = child.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(SqlBaseline.LabelsPrefix, StringComparison.Ordinal)) ?? SqlBaseline.LabelsPrefix;
        return new Job(name, round, long.Parse(parts[1], CultureInfo.InvariantCulture), child, load)
        {
            Ai = long.Parse(parts[3], CultureInfo.InvariantCulture),
            Labels = [.. labels[SqlBaseline.LabelsPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('='))
                .Select(p => KeyValuePair.Create(p[0], long.Parse(p[1], CultureInfo.InvariantCulture)))],
        };
    }

    private static Job Rerun(string aici, string name, int round, string corpus, string outDir, string logs)
    {
        string store = Path.Combine(outDir, "aici.duckdb");
        Dictionary<string, string> before = StoreCheck.Fingerprint(store);
        string load = Machine.LoadAverage();
        ChildResult child = Check(ChildRun.Run(name, aici, ["run", "--arxiv", corpus, "--out", outDir], LogFile(logs, name, round)));
        Dictionary<string, string> after = StoreCheck.Fingerprint(store);
        (long added, long updated, long skipped) = AiciOutput.Store(child.Stdout);
        (long works, long ai) = AiciOutput.Works(child.Stdout);
        return new Job(name, round, StoreCheck.Papers(before), child, load)
        {
            Works = works,
            Ai = ai,
            Stages = AiciOutput.Stages(child.Stderr, child.Wall),
            ChangedTables = StoreCheck.Changed(before, after),
            Skipped = skipped >= 1 && added == 0 && updated == 0,
        };
    }

    private static ChildResult Check(ChildResult child) => child.Ok ? child :
        throw new BenchFailure($"{child.Name} failed with exit code {child.ExitCode} after {child.Wall.ToString("0.0", CultureInfo.InvariantCulture)} s (log: {child.Log}); the end of its standard error:\n{child.StderrTail()}");

    private static Job Report(Job job)
    {
        string extra = job.Name.StartsWith("rerun", StringComparison.Ordinal)
            ? $"; input skipped {job.Skipped}; tables changed: {(job.ChangedTables is { Count: > 0 } c ? string.Join(", ", c) : "none")}"
            : job.Ai >= 0 ? string.Create(CultureInfo.InvariantCulture, $"; {job.Ai:#,0} AI") : "";
        string stages = job.Stages.Count > 0 ? "; " + AiciOutput.Describe(job.Stages) : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {job.Name}: {job.Wall:0.00} s wall, {job.Child.Cpu:0.0} s CPU, peak RSS {job.Child.PeakRssKiB * 1024 / 1e6:#,0} MB, {job.Records:#,0} records{extra}{stages} (load before {job.LoadBefore})"));
        return job;
    }

    /// <summary>Copies the folder holding <paramref name="aici"/> to <paramref name="target"/> (replacing it) and returns the copy's aici.</summary>
    private static string Snapshot(string aici, string target)
    {
        string source = Path.GetDirectoryName(aici)!;
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        string copy = Path.Combine(target, Path.GetFileName(aici));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(copy, File.GetUnixFileMode(aici));
        }

        Console.WriteLine($"running a copy of the build: {copy}");
        return copy;
    }

    private static string LogFile(string logs, string name, int round) =>
        Path.Combine(logs, string.Create(CultureInfo.InvariantCulture, $"round{round}-{name.Replace(' ', '-')}.log"));
}

/// <summary>A child failed: the message says which, with its exit code and the end of its standard error.</summary>
internal sealed class BenchFailure(string message) : Exception(message);
