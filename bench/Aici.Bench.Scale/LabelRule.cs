namespace Aici.Bench.Scale;

/// <summary>One taxonomy label as the SQL baseline decides it: its categories, phrases and excluded phrases.</summary>
internal sealed record LabelRule(string Name, bool IsAi, IReadOnlyList<string> Categories, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excludes);
