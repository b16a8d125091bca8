using System.Globalization;
using Aici.Cli.Pipeline;
using Spectre.Console;

namespace Aici.Cli.Console;

/// <summary>Progress on a terminal: a live bar over the inputs, then the later stages.</summary>
internal sealed class LiveProgress : IRunProgress
{
    private readonly ProgressContext _context;
    private ProgressTask? _read;
    private ProgressTask? _stage;

    public LiveProgress(ProgressContext context)
    {
        _context = context;
    }

    public void Stage(string name)
    {
        _stage?.StopTask();
        if (name == "read")
        {
            _read = _context.AddTask("read", maxValue: 1);
            return;
        }

        _read?.StopTask();
        _stage = _context.AddTask(name, maxValue: 1).IsIndeterminate();
    }

    public void Reading(string file, int index, int count, long records)
    {
        if (_read is null)
        {
            return;
        }

        _read.MaxValue = count;
        _read.Description = Describe(file, index, count, records);
    }

    public void Read(string file, int index, int count, long records, long rejected, long warnings)
    {
        if (_read is null)
        {
            return;
        }

        _read.MaxValue = count;
        _read.Value = index;
        _read.Description = Describe(file, index, count, records);
    }

    public void Info(string message) => AnsiConsole.MarkupLine(Markup.Escape(message));

    private static string Describe(string file, int index, int count, long records) =>
        Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"read [{index}/{count}] {Path.GetFileName(file)} ({records:#,0} records)"));
}
