using System.Globalization;

namespace Aici.Bench;

/// <summary>A duration in milliseconds: wall-clock, and CPU time of the process (all threads).</summary>
internal readonly record struct Measure(double Wall, double Cpu)
{
    public static Measure Worst { get; } = new(double.MaxValue, double.MaxValue);

    /// <summary>The better of two measures, by wall-clock time.</summary>
    public Measure Min(Measure other) => other.Wall < Wall ? other : this;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wall:F0} ms wall / {Cpu:F0} ms CPU");
}
