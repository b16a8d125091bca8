using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Sources.Inputs;
using Aici.Sources.Papers;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// The country codes OpenAlex writes (<c>institutions[].country_code</c>, <c>authorships[].countries</c>): ISO 3166-1
/// alpha-2 codes, taken as they are when ISO knows them ("NA" is Namibia here, not "n/a"; "XK" is Kosovo, as
/// OpenAlex writes it). Anything else goes through <see cref="CountryNames.TryParse"/>; what that cannot resolve is a
/// warning and no country.
/// </summary>
internal sealed class OpenAlexCountries(RecordWarnings warnings)
{
    private const string Kosovo = "XK";

    private readonly CountryLookup names = new();

    /// <summary>The code of <paramref name="value"/>, or null (with a warning on <paramref name="field"/> when unknown).</summary>
    public CountryCode? Resolve(string? value, long line, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (AsIsoCode(value) is { } code)
        {
            return code;
        }

        switch (names.Resolve(value, out CountryCode named))
        {
            case CountryMatch.Found:
                return named;
            case CountryMatch.Unrecognised:
                warnings.Add(line, field, $"unknown country '{value}'");
                return null;
            default:
                return null;
        }
    }

    private static CountryCode? AsIsoCode(string value)
    {
        ReadOnlySpan<char> text = value.AsSpan().Trim();
        if (text.Length != 2 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
        {
            return null;
        }

        var code = new CountryCode(text.ToString().ToUpperInvariant());

        // EnglishName gives the code itself back for codes ISO does not assign.
        return code.Value == Kosovo || CountryNames.EnglishName(code) != code.Value ? code : null;
    }
}
