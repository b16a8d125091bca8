namespace Aici.Bench.Scale;

/// <summary>One timed child run within a round, with what was read from its output.</summary>
internal sealed record Job(string Name, int Round, long Records, ChildResult Child, string LoadBefore)
{
    /// <summary>AI works (aici) or AI records (SQL); -1 when unknown.</summary>
    public long Ai { get; init; } = -1;

    /// <summary>Works in the store (aici); -1 when unknown.</summary>
    public long Works { get; init; } = -1;

    /// <summary>Time per stage, from aici's progress lines.</summary>
    public IReadOnlyList<AiciOutput.Stage> Stages { get; init; } = [];

    /// <summary>For the rerun: tables whose data changed (the manifest left out), and whether the input was skipped.</summary>
    public IReadOnlyList<string>? ChangedTables { get; init; }

    public bool? Skipped { get; init; }

    /// <summary>For the SQL baseline: records with each label, in the taxonomy's order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Labels { get; init; } = [];

    public double Wall => Child.Wall;

    public double RecordsPerSecond => Records / Child.Wall;
}
