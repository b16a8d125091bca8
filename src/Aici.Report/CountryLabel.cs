using Aici.Core.Domain;
using Aici.Core.Locate;

namespace Aici.Report;

/// <summary>The English name of a row's country code ("GB" → "United Kingdom"); other labels are shown as they are.</summary>
internal static class CountryLabel
{
    public static string Name(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return IsCode(country) ? CountryNames.EnglishName(new CountryCode(country)) : country;
    }

    /// <summary>True for an ISO 3166-1 alpha-2 shape: two upper-case ASCII letters.</summary>
    public static bool IsCode(string country) =>
        country is { Length: 2 } && char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1]);
}
