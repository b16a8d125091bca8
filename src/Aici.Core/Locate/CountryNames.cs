using System.Collections.Frozen;
using System.Text;
using Aici.Core.Domain;
using Aici.Core.Text;

namespace Aici.Core.Locate;

/// <summary>
/// Turns the country names and codes that sources write ("United States", "Türkiye", "UK", "GBR", "gb") into
/// ISO 3166-1 alpha-2 codes. Case, accents, punctuation and a leading "the" do not matter.
/// </summary>
public static class CountryNames
{
    private static readonly FrozenDictionary<string, CountryCode> ByKey = Build();

    /// <summary>Words that mean "no country given": they are not an error.</summary>
    public static bool IsUnknown(string name) =>
        string.IsNullOrWhiteSpace(name) || Key(name) is "unknown" or "n a" or "none" or "null" or "other";

    public static bool TryParse(string? name, out CountryCode code)
    {
        code = default;
        if (name is null || IsUnknown(name))
        {
            return false;
        }

        return ByKey.TryGetValue(Key(name), out code);
    }

    /// <summary>The English short name of a code ("GB" → "United Kingdom"), or the code itself when unknown.</summary>
    public static string EnglishName(CountryCode code) => Names.TryGetValue(code.Value, out string? name) ? name : code.Value;

    private static readonly FrozenDictionary<string, string> Names = IsoCountries.All.ToFrozenDictionary(
        row => row[0],
        row => row.Length > 3 && row[2].Contains(',', StringComparison.Ordinal) ? row[3] : row[2],
        StringComparer.Ordinal);

    private static FrozenDictionary<string, CountryCode> Build()
    {
        var map = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (string[] row in IsoCountries.All)
        {
            var code = new CountryCode(row[0]);
            for (int i = 0; i < row.Length; i++)
            {
                map.TryAdd(Key(row[i]), code);
            }
        }

        foreach ((string name, string value) in CountryAliases.All)
        {
            map[Key(name)] = new CountryCode(value);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Lower case, accents removed, punctuation as spaces, a leading "the" dropped, spaces folded.</summary>
    internal static string Key(string name)
    {
        string folded = MatchText.Fold(name);
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '.' && c != '\'')
            {
                space = true;
            }
        }

        string key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
