using Aici.Core.Domain;
using Aici.Core.Locate;

namespace Aici.Sources.Papers;

/// <summary>What a country name in an input turned out to be.</summary>
internal enum CountryMatch
{
    /// <summary>A country: the code is set.</summary>
    Found,

    /// <summary>A word meaning "no country" ("Unknown", "N/A", empty): ignored silently.</summary>
    Unknown,

    /// <summary>Not a name <see cref="CountryNames"/> knows: the reader warns.</summary>
    Unrecognised,
}

/// <summary><see cref="CountryNames.TryParse"/> with a cache: the same few hundred names recur on every record.</summary>
internal sealed class CountryLookup
{
    private const int Capacity = 4096;

    private readonly Dictionary<string, (CountryMatch Match, CountryCode Code)> cache = new(StringComparer.Ordinal);

    public CountryMatch Resolve(string name, out CountryCode code)
    {
        if (!cache.TryGetValue(name, out (CountryMatch Match, CountryCode Code) entry))
        {
            entry = CountryNames.IsUnknown(name) ? (CountryMatch.Unknown, default)
                : CountryNames.TryParse(name, out CountryCode parsed) ? (CountryMatch.Found, parsed)
                : (CountryMatch.Unrecognised, default);
            if (cache.Count < Capacity)
            {
                cache.Add(name, entry);
            }
        }

        code = entry.Code;
        return entry.Match;
    }
}
