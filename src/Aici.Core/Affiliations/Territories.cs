using System.Collections.Frozen;

using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// Territories with their own ISO code whose addresses often name the sovereign country too ("San Juan, PR, USA";
/// "Hong Kong, China"). A country named in a string agrees with an organisation in one of its territories.
/// </summary>
internal static class Territories
{
    private static readonly FrozenDictionary<string, CountryCode> BySovereign = new Dictionary<string, string>
    {
        ["PR"] = "US", ["GU"] = "US", ["VI"] = "US", ["AS"] = "US", ["MP"] = "US", ["UM"] = "US",
        ["HK"] = "CN", ["MO"] = "CN",
        ["GP"] = "FR", ["MQ"] = "FR", ["RE"] = "FR", ["GF"] = "FR", ["YT"] = "FR", ["NC"] = "FR", ["PF"] = "FR",
        ["PM"] = "FR", ["WF"] = "FR", ["BL"] = "FR", ["MF"] = "FR",
        ["GI"] = "GB", ["IM"] = "GB", ["JE"] = "GB", ["GG"] = "GB", ["BM"] = "GB", ["KY"] = "GB", ["VG"] = "GB",
        ["FK"] = "GB", ["MS"] = "GB", ["TC"] = "GB", ["AI"] = "GB",
        ["AW"] = "NL", ["CW"] = "NL", ["SX"] = "NL", ["BQ"] = "NL",
        ["GL"] = "DK", ["FO"] = "DK",
        ["AX"] = "FI", ["SJ"] = "NO", ["NF"] = "AU", ["CX"] = "AU", ["CC"] = "AU", ["CK"] = "NZ", ["NU"] = "NZ", ["TK"] = "NZ",
    }.ToFrozenDictionary(kv => kv.Key, kv => new CountryCode(kv.Value), StringComparer.Ordinal);

    /// <summary>The sovereign country of a territory, or null.</summary>
    public static CountryCode? Sovereign(CountryCode territory) => BySovereign.TryGetValue(territory.Value, out CountryCode s) ? s : null;
}
