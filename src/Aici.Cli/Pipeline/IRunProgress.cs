namespace Aici.Cli.Pipeline;

/// <summary>Where a run tells how far it has got: a live display on a terminal, plain lines when redirected.</summary>
internal interface IRunProgress
{
    /// <summary>A stage begins ("read", "measure", "report").</summary>
    void Stage(string name);

    /// <summary>Records read so far in the current input.</summary>
    void Reading(string file, int index, int count, long records);

    /// <summary>An input has been read through.</summary>
    void Read(string file, int index, int count, long records, long rejected, long warnings);

    void Info(string message);
}
