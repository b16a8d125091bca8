namespace Aici.Sources.Ror;

/// <summary>What loading a ROR dump read: files, records, and what was left out and why.</summary>
public sealed record RorDumpSummary(
    IReadOnlyList<string> Files,
    int Records,
    int Organisations,
    int Withdrawn,
    int Inactive,
    int Invalid,
    int Duplicates);
