using System.Diagnostics;
using System.Globalization;

namespace Aici.Bench.Scale;

/// <summary>The benchmark's corpora: written with <c>../shared/tools/make-corpus</c> when missing, read once to warm the page cache.</summary>
internal static class Corpora
{
    /// <summary>"1m" for 1,000,000, "3m", "200k", else the number.</summary>
    public static string Label(long records) =>
        records % 1_000_000 == 0 ? (records / 1_000_000).ToString(CultureInfo.InvariantCulture) + "m"
        : records % 1_000 == 0 ? (records / 1_000).ToString(CultureInfo.InvariantCulture) + "k"
        : records.ToString(CultureInfo.InvariantCulture);

    /// <summary>DIR/arxiv-1m.jsonl and so on.</summary>
    public static string DefaultPath(string dir, long records) => Path.Combine(dir, $"arxiv-{Label(records)}.jsonl");

    /// <summary>
    /// Writes the corpus with make-corpus (default seed) when the file is missing: first under a temporary name,
    /// renamed when complete, so a killed run leaves no truncated corpus behind.
    /// </summary>
    public static void Ensure(string path, long records)
    {
        if (File.Exists(path))
        {
            return;
        }

        string partial = path + ".partial";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writing {records:#,0} records to {path} with {Paths.MakeCorpus} (about 1.4 GB and 40 s per million) …"));
        var info = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardInput = true };
        foreach (string a in new[] { Paths.MakeCorpus, "--records", records.ToString(CultureInfo.InvariantCulture), "--out", partial })
        {
            info.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start python3");
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            File.Delete(partial);
            throw new InvalidOperationException($"make-corpus failed (exit {process.ExitCode}) writing {path}");
        }

        File.Move(partial, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  written in {clock.Elapsed.TotalSeconds:0} s"));
    }

    /// <summary>Reads the file once, so that every timed run finds it in the page cache (the first one would not).</summary>
    public static (long Bytes, double Seconds) Warm(string path)
    {
        var clock = Stopwatch.StartNew();
        byte[] buffer = new byte[1 << 20];
        long bytes = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes += n;
        }

        return (bytes, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Lines in the file: the records, for a corpus given with --corpus whose size is not known.</summary>
    public static long CountLines(string path)
    {
        byte[] buffer = new byte[1 << 20];
        long lines = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
        }

        return lines;
    }
}
