namespace Aici.Core.Affiliations;

/// <summary>An organisation found in an affiliation, with its score, the rule that found it and the words it matched.</summary>
public sealed record InstitutionMatch(Organisation Organisation, double Score, string Rule, string Matched);
