namespace Aici.Core.Affiliations.Evaluation;

/// <summary>An affiliation string with the ROR ids (short form) a person assigned to it; empty when none fits.</summary>
public sealed record GoldAffiliation(string Affiliation, IReadOnlyList<string> RorIds);
