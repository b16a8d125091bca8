using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// What an affiliation string resolved to: the organisations it names (best first; empty when unresolved), its
/// country, the rule that decided, and the rule that gave the country.
/// </summary>
public sealed record AffiliationResolution(
    string Affiliation,
    IReadOnlyList<InstitutionMatch> Matches,
    CountryCode? Country,
    string? CountryRule,
    string Rule)
{
    /// <summary>
    /// Every country the string resolves to: the countries of all matched organisations (with the same Hong Kong, Macao
    /// and transnational rules as <see cref="Country"/>), best match's first; just <see cref="Country"/> without
    /// matches. "Imperial College London, UK; KAIST, South Korea" has two.
    /// </summary>
    public IReadOnlyList<CountryCode> Countries { get; init; } = Country is { } c ? [c] : [];

    /// <summary>The best organisation, or null when none scored above the threshold.</summary>
    public Organisation? Organisation => Matches.Count > 0 ? Matches[0].Organisation : null;

    /// <summary>The best organisation's score, or null.</summary>
    public double? Score => Matches.Count > 0 ? Matches[0].Score : null;
}
