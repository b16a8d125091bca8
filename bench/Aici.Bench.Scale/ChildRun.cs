using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Aici.Bench.Scale;

/// <summary>What one child process did: wall time, peak resident memory, CPU time, exit code and its output.</summary>
internal sealed record ChildResult(string Name, double Wall, long PeakRssKiB, double Cpu, int ExitCode, string Stdout, string Stderr, string Log)
{
    /// <summary>The child's resident memory over time (seconds since its start, KiB), sampled every 250 ms.</summary>
    public IReadOnlyList<(double At, long RssKiB)> Samples { get; init; } = [];

    /// <summary>The largest sampled resident memory between two times (0 when no sample falls there).</summary>
    public long SampledPeak(double from, double to) =>
        Samples.Where(s => s.At >= from && s.At < to).Select(s => s.RssKiB).DefaultIfEmpty(0).Max();

    public bool Ok => ExitCode == 0;

    /// <summary>The last lines of the child's standard error, for a failure message.</summary>
    public string StderrTail(int lines = 15) => string.Join('\n', Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}

/// <summary>
/// Runs one child process and measures it. Wall time is a <see cref="Stopwatch"/> around the whole child (start-up
/// included). Peak resident memory is the child's maximum resident set size as the kernel reports it through
/// <c>wait4</c>'s rusage (<c>ru_maxrss</c>), read with <c>/usr/bin/time -f %M</c>; where <c>/usr/bin/time</c> is missing,
/// <c>VmHWM</c> of <c>/proc/PID/status</c> is sampled every 50 ms instead (a slight undercount). The child gets no
/// standard input; its standard output and error are captured and written to a log file. Besides the peak, the
/// child's <c>VmRSS</c> is sampled every 250 ms, to tell in which stage the memory is taken.
/// </summary>
internal static class ChildRun
{
    private const string TimeTool = "/usr/bin/time";

    public static bool UsesTimeTool => File.Exists(TimeTool);

    public static string RssMethod => UsesTimeTool
        ? "peak RSS = the child's ru_maxrss, from /usr/bin/time -f %M"
        : "peak RSS = VmHWM of /proc/PID/status, sampled every 50 ms (/usr/bin/time not found)";

    public static ChildResult Run(string name, string fileName, IReadOnlyList<string> arguments, string logFile)
    {
        string timeFile = logFile + ".time";
        File.Delete(timeFile);
        var info = new ProcessStartInfo
        {
            FileName = UsesTimeTool ? TimeTool : fileName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (UsesTimeTool)
        {
            foreach (string a in new[] { "-f", "%M %U %S", "-o", timeFile, fileName })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (string a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + info.FileName);
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long sampled = 0;
        var samples = new List<(double, long)>();
        int measured = 0;
        long next = 0;
        while (!process.WaitForExit(50))
        {
            // The measured process: the one /usr/bin/time started, or the child itself.
            if (measured == 0)
            {
                measured = UsesTimeTool ? FirstChild(process.Id) : process.Id;
            }

            if (!UsesTimeTool && measured != 0)
            {
                sampled = Math.Max(sampled, Status(measured, "VmHWM:"));
            }

            if (measured != 0 && clock.ElapsedMilliseconds >= next)
            {
                next = clock.ElapsedMilliseconds + 250;
                long now = Status(measured, "VmRSS:");
                if (now > 0)
                {
                    samples.Add((clock.Elapsed.TotalSeconds, now));
                }
            }
        }

        process.WaitForExit(); // drains the redirected streams
        double wall = clock.Elapsed.TotalSeconds;
        (long rss, double cpu) = UsesTimeTool ? ReadTimeFile(timeFile) : (sampled, process.TotalProcessorTime.TotalSeconds);
        File.Delete(timeFile);
        string command = string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));
        File.WriteAllText(logFile, string.Create(CultureInfo.InvariantCulture,
            $"$ {command}\nexit {process.ExitCode}; wall {wall:0.00} s; peak RSS {rss:#,0} KiB; CPU {cpu:0.00} s\n--- stdout\n{stdout}--- stderr\n{stderr}"));
        return new ChildResult(name, wall, rss, cpu, process.ExitCode, stdout.ToString(), stderr.ToString(), logFile) { Samples = samples };
    }

    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+".Contains(c, StringComparison.Ordinal)) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sb)
        {
            sb.Append(line).Append('\n');
        }
    }

    /// <summary>"%M %U %S": max RSS in KiB, user and system CPU seconds (GNU time may put a status line first).</summary>
    private static (long RssKiB, double Cpu) ReadTimeFile(string file)
    {
        if (!File.Exists(file))
        {
            return (0, double.NaN);
        }

        string? line = File.ReadAllLines(file).LastOrDefault(l => l.Length > 0 && char.IsAsciiDigit(l[0]));
        string[] parts = (line ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return (0, double.NaN);
        }

        return (long.Parse(parts[0], CultureInfo.InvariantCulture),
            double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>A field of /proc/PID/status in KiB ("VmRSS:", "VmHWM:"), or 0 when the process is gone.</summary>
    private static long Status(int pid, string field)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The first child process of <paramref name="pid"/>, or 0 (none yet, or the kernel does not list children).</summary>
    private static int FirstChild(int pid)
    {
        try
        {
            string path = $"/proc/{pid}/task/{pid}/children";
            string? first = File.Exists(path) ? File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() : null;
            return first is null ? 0 : int.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
