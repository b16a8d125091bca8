using System.Globalization;
using System.Text.RegularExpressions;

namespace Aici.Bench.Scale;

/// <summary>What the benchmark reads from <c>aici run</c>'s output: the summary's counts and the progress lines' stages.</summary>
internal static partial class AiciOutput
{
    /// <summary>A stage of <c>aici run</c>: its name, when it began and how long it took (seconds since the progress clock started).</summary>
    internal readonly record struct Stage(string Name, double Start, double Seconds);

    /// <summary>"aici run: 1,000,000 records from 1 files (…)": the records read (0 when not found).</summary>
    public static long Records(string stdout) => Number(RecordsLine().Match(stdout));

    /// <summary>"  1,000,000 works, 250,123 AI (all years), …": works and AI works (-1 when not found).</summary>
    public static (long Works, long Ai) Works(string stdout)
    {
        Match m = WorksLine().Match(stdout);
        return m.Success ? (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)) : (-1, -1);
    }

    /// <summary>
    /// "  store: 0 records added, 0 updated, 0 unchanged; 1 inputs skipped (…)", or a run that found nothing new ("aici
    /// run: nothing new: all 1 inputs are already in the store …"); all -1 when neither is found.
    /// </summary>
    public static (long Added, long Updated, long Skipped) Store(string stdout)
    {
        Match m = StoreLine().Match(stdout);
        if (m.Success)
        {
            return (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value), Parse(m.Groups[4].Value));
        }

        Match none = NothingNewLine().Match(stdout);
        return none.Success ? (0, 0, Parse(none.Groups[1].Value)) : (-1, -1, -1);
    }

    /// <summary>
    /// Seconds spent in each stage, from the plain progress lines on standard error ("[  11.8s] measure", seconds since
    /// the progress clock started): a stage runs from its line to the next stage's; "start" is the time to the first
    /// stage, and the last stage runs to the end of the process (<paramref name="wall"/>), so it also holds the exit and
    /// the start-up before the progress clock (command line, taxonomies: a few tenths of a second). Lines that are not
    /// stage names (files read, skips, notes: they hold a colon) are left out.
    /// </summary>
    public static List<Stage> Stages(string stderr, double wall)
    {
        var marks = new List<(string Stage, double At)>();
        foreach (Match m in ProgressLine().Matches(stderr))
        {
            string text = m.Groups[2].Value.Trim();
            string stage = text.Split(' ')[0];
            bool isStage = !text.Contains(':', StringComparison.Ordinal) && !stage.Contains('[', StringComparison.Ordinal);
            if (isStage)
            {
                marks.Add((stage, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        }

        var stages = new List<Stage>();
        if (marks.Count == 0)
        {
            return stages;
        }

        stages.Add(new Stage("start", 0, marks[0].At));
        for (int i = 0; i < marks.Count; i++)
        {
            double end = i + 1 < marks.Count ? marks[i + 1].At : wall;
            stages.Add(new Stage(marks[i].Stage, marks[i].At, Math.Max(0, end - marks[i].At)));
        }

        return stages;
    }

    /// <summary>"start 0.3 · read 71.6 · measure 11.1 · report 2.2" (seconds).</summary>
    public static string Describe(IEnumerable<Stage> stages) =>
        string.Join(" · ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.0}")));

    /// <summary>The stages with the largest resident memory sampled in each: "read 71.6 s (≤ 900 MB) · …".</summary>
    public static string DescribeWithMemory(IEnumerable<Stage> stages, ChildResult child) =>
        string.Join(" · ", stages.Select(s =>
        {
            long peak = child.SampledPeak(s.Start, s.Start + s.Seconds + 0.25);
            return string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.0} s") + (peak > 0 ? string.Create(CultureInfo.InvariantCulture, $" (RSS up to {peak * 1024 / 1e6:#,0} MB)") : "");
        }));

    private static long Number(Match m) => m.Success ? Parse(m.Groups[1].Value) : 0;

    private static long Parse(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"aici run: ([\d,]+) records from")]
    private static partial Regex RecordsLine();

    [GeneratedRegex(@"([\d,]+) works, ([\d,]+) AI")]
    private static partial Regex WorksLine();

    [GeneratedRegex(@"store: ([\d,]+) records added, ([\d,]+) updated, ([\d,]+) unchanged; ([\d,]+) inputs skipped")]
    private static partial Regex StoreLine();

    [GeneratedRegex(@"nothing new: all ([\d,]+) inputs are already in the store")]
    private static partial Regex NothingNewLine();

    [GeneratedRegex(@"^\[\s*([\d.]+)s\] (.*)$", RegexOptions.Multiline)]
    private static partial Regex ProgressLine();
}
