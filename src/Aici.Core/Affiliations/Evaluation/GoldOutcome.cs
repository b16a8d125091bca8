using Aici.Core.Domain;

namespace Aici.Core.Affiliations.Evaluation;

/// <summary>One gold string's resolution next to its gold ids: the material of error analysis.</summary>
public sealed record GoldOutcome(GoldAffiliation Gold, AffiliationResolution Resolution, IdCounts Ids, bool GoldInRegistry, IReadOnlyList<CountryCode> GoldCountries)
{
    /// <summary>Null when no gold id is in the registry (country accuracy does not count the string).</summary>
    public bool? CountryCorrect => GoldCountries.Count == 0 ? null : Resolution.Country is { } c && GoldCountries.Contains(c);
}
