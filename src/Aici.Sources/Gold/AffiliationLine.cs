namespace Aici.Sources.Gold;

/// <summary>One input line of <c>aici resolve</c>: the affiliation string, or why the line gives none.</summary>
public sealed record AffiliationLine(long LineNumber, string? Affiliation, string? Problem);
