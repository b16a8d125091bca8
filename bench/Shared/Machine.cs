using System.Globalization;
using System.Runtime.InteropServices;

namespace Aici.Bench;

/// <summary>What a benchmark result is recorded with: date, machine, runtime and how busy the machine was.</summary>
internal static class Machine
{
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores ({CpuName()}); {MemoryGiB()} GiB; {RuntimeInformation.OSDescription}; .NET {Environment.Version}; load average {LoadAverage()}");

    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>The 1-minute load average, or NaN when unknown.</summary>
    public static double Load1()
    {
        string text = LoadAverage().Split(' ')[0];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double load) ? load : double.NaN;
    }

    private static string MemoryGiB()
    {
        try
        {
            string? line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
            string? kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? "?" : (long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string CpuName()
    {
        try
        {
            string? line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
