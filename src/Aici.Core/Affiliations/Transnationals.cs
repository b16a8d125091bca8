using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// The bucket for multinational companies when <see cref="ResolverOptions.Transnational"/> is on: the user-assigned
/// ISO 3166-1 code "XT", which no country has.
/// </summary>
public static class Transnationals
{
    public static CountryCode Code { get; } = new("XT");

    public const string DisplayName = "Transnational";
}
