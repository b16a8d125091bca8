using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// The places an affiliation names outside the organisation names found in it (the "Chile" of "University of Chile"
/// says nothing about the next institution in the string): countries and regions (strong), localities (weak, possibly
/// in several countries), and the keys of all of them, to recognise an organisation's own city.
/// </summary>
internal sealed class Evidence
{
    /// <param name="mentions">Every place named in the string.</param>
    /// <param name="hits">The names found in the string.</param>
    /// <param name="applies">Which mentions speak for the names being scored (all when null); <see cref="All"/> keeps every mention.</param>
    public Evidence(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<NameHit> hits, Func<PlaceMention, bool>? applies = null)
    {
        foreach (PlaceMention mention in mentions)
        {
            int length = mention.End - mention.Start;
            bool insideName = hits.Any(h => h.Contains(mention.Start, mention.End) && h.End - h.Start > length);
            All.Add(mention);
            if (insideName || (applies is not null && !applies(mention)))
            {
                continue;
            }

            Outside.Add(mention);
            Keys.Add(mention.Place.Key);
            HashSet<CountryCode> target = mention.Place.Kind is PlaceKind.Locality or PlaceKind.StateCode ? Weak : Strong;
            target.UnionWith(mention.Place.Countries);
            if (mention.Place.Kind == PlaceKind.Locality && mention.Place.Country is { } only)
            {
                UniqueLocalities.Add(only);
            }
        }
    }

    public List<PlaceMention> All { get; } = [];

    public List<PlaceMention> Outside { get; } = [];

    public HashSet<CountryCode> Strong { get; } = [];

    public HashSet<CountryCode> Weak { get; } = [];

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Countries of localities named outside names that lie in one country only ("Chicago").</summary>
    public HashSet<CountryCode> UniqueLocalities { get; } = [];

    /// <summary>True when the string names <paramref name="country"/>, the country it is a territory of ("San Juan, PR,
    /// USA" for Puerto Rico), or one of its territories.</summary>
    public bool AgreesStrongly(CountryCode country) => Agrees(Strong, country);

    public bool AgreesWeakly(CountryCode country) => Agrees(Weak, country);

    // A country agrees with itself, with its sovereign ("PR" with "USA") and with its territories (a Chinese
    // organisation with a place in Hong Kong, which the Hong Kong rule then recodes).
    private static bool Agrees(HashSet<CountryCode> named, CountryCode country) =>
        named.Contains(country) || (Territories.Sovereign(country) is { } s && named.Contains(s)) ||
        named.Any(n => Territories.Sovereign(n) == country);

    public bool Names(CountryCode country) => Outside.Exists(m => m.Place.Country == country);

    /// <summary>
    /// The country the string names, if any: the last country name (a name shared by two countries is skipped); else
    /// the last region; else the last locality that lies in one country (or overwhelmingly in one); else a US state code.
    /// </summary>
    public static CountryCode? Named(IEnumerable<PlaceMention> mentions)
    {
        PlaceMention[] ordered = [.. mentions.OrderBy(m => m.Start)];
        foreach (PlaceKind kind in (ReadOnlySpan<PlaceKind>)[PlaceKind.Country, PlaceKind.Region, PlaceKind.Locality, PlaceKind.StateCode])
        {
            for (int i = ordered.Length - 1; i >= 0; i--)
            {
                PlaceEntry place = ordered[i].Place;
                if (place.Kind == kind && place.Country is { } country)
                {
                    return country;
                }
            }
        }

        return null;
    }
}
