using System.Diagnostics;
using System.Globalization;
using Aici.Cli.Pipeline;

namespace Aici.Cli.Console;

/// <summary>Progress as plain lines, for logs and redirected output: one line per stage and per input.</summary>
internal sealed class PlainProgress : IRunProgress
{
    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public PlainProgress(TextWriter writer)
    {
        _writer = writer;
    }

    public void Stage(string name) => Line($"{name}");

    public void Reading(string file, int index, int count, long records) =>
        Line($"read [{index}/{count}] {file}: {records.ToString("#,0", CultureInfo.InvariantCulture)} records so far");

    public void Read(string file, int index, int count, long records, long rejected, long warnings) =>
        Line(string.Create(
            CultureInfo.InvariantCulture,
            $"read [{index}/{count}] {file}: {records:#,0} records, {rejected:#,0} rejected, {warnings:#,0} warnings"));

    public void Info(string message) => Line(message);

    private void Line(string text) =>
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {text}"));
}
