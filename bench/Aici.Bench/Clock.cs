using System.Diagnostics;

namespace Aici.Bench;

/// <summary>Wall-clock and process CPU time since the last lap.</summary>
internal sealed class Clock
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public static Clock Start() => new();

    public Measure Lap()
    {
        TimeSpan now = Process.GetCurrentProcess().TotalProcessorTime;
        var measure = new Measure(wall.Elapsed.TotalMilliseconds, (now - cpu).TotalMilliseconds);
        cpu = now;
        wall.Restart();
        return measure;
    }
}
