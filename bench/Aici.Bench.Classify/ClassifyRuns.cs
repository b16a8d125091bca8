using System.Diagnostics;
using System.Globalization;

namespace Aici.Bench.Classify;

/// <summary>
/// Runs the whole <c>aici classify</c> command as a child process on a corpus, several times, and reports the wall
/// time and the CPU time of each run and the best throughput.
/// </summary>
internal static class ClassifyRuns
{
    public static int Run(string corpus, int records, int rounds, string definition, int workers)
    {
        EnsureCorpus(corpus, records);
        if (!PublishedCli.Publish(Paths.RepoRoot, "fix it and run the benchmark again"))
        {
            return 1;
        }

        string output = Path.Combine(Path.GetTempPath(), "aici-bench-classify-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".jsonl");
        string args = $"classify --arxiv \"{corpus}\" --out \"{output}\" --taxonomy \"{Paths.Taxonomy}\" --ai-definition {definition}" +
            (workers > 0 ? " --workers " + workers.ToString(CultureInfo.InvariantCulture) : "");
        Console.WriteLine($"command: {Paths.PublishedAici} {args}");
        Console.WriteLine($"machine: {Machine.Describe()}");
        double best = 0;
        try
        {
            for (int round = 1; round <= rounds; round++)
            {
                string load = Machine.LoadAverage();
                (double wall, double cpu, long count, string summary) = Once(args);
                double rate = count / wall;
                best = Math.Max(best, rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {count:#,0} records in {wall:0.00} s wall, {cpu:0.00} s CPU ({cpu * 1e6 / Math.Max(1, count):0.0} µs CPU per record) → {rate:#,0} records/s (load before: {load})"));
                Console.WriteLine("  " + summary);
            }
        }
        finally
        {
            File.Delete(output);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best: {best:#,0} records/s (target 200,000)"));
        return 0;
    }

    private static (double Wall, double Cpu, long Records, string Summary) Once(string args)
    {
        var info = new ProcessStartInfo(Paths.PublishedAici, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + Paths.PublishedAici);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        double wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"aici classify failed ({process.ExitCode}): {stderr.Result}");
        }

        // "aici classify: 1,000,000 records from 1 files (…) in 9.87 s (101,317 records/s; process CPU 18.20 s)"
        string summary = stdout.Split('\n')[0].Trim();
        string count = summary.Split(' ')[2].Replace(",", "", StringComparison.Ordinal);
        string cpu = summary[(summary.LastIndexOf("CPU ", StringComparison.Ordinal) + 4)..].Split(' ')[0];
        return (wall, double.Parse(cpu, CultureInfo.InvariantCulture), long.Parse(count, CultureInfo.InvariantCulture), summary);
    }

    private static void EnsureCorpus(string corpus, int records)
    {
        if (File.Exists(corpus))
        {
            return;
        }

        Console.WriteLine($"writing {records:#,0} records to {corpus} with {Paths.MakeCorpus} …");
        var info = new ProcessStartInfo("python3", $"\"{Paths.MakeCorpus}\" --records {records} --out \"{corpus}\"") { UseShellExecute = false };
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start python3");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed");
        }
    }
}
