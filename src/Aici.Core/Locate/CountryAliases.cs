namespace Aici.Core.Locate;

/// <summary>
/// Country names that sources write but ISO 3166-1 does not list. Each maps to an alpha-2 code.
/// Hong Kong and Macao keep their own codes (HK, MO) and are never folded into China (CN).
/// </summary>
internal static class CountryAliases
{
    public static readonly (string Name, string Code)[] All =
    [
        ("USA", "US"), ("U.S.A.", "US"), ("U.S.", "US"), ("United States of America", "US"), ("America", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"),
        ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
        ("Korea", "KR"), ("Republic of Korea", "KR"), ("Korea (South)", "KR"), ("S. Korea", "KR"),
        ("North Korea", "KP"), ("Korea (North)", "KP"),
        ("Russia", "RU"), ("Russian Federation", "RU"),
        ("Turkey", "TR"), ("Turkiye", "TR"),
        ("Hong Kong SAR", "HK"), ("Hong Kong, China", "HK"), ("Hong Kong SAR, China", "HK"), ("HKSAR", "HK"),
        ("Macau", "MO"), ("Macao SAR", "MO"), ("Macau SAR", "MO"), ("Macao, China", "MO"), ("Macau, China", "MO"),
        ("P.R. China", "CN"), ("PR China", "CN"), ("P. R. China", "CN"), ("People's Republic of China", "CN"),
        ("Mainland China", "CN"),
        ("Taiwan, R.O.C.", "TW"), ("Republic of China (Taiwan)", "TW"), ("Chinese Taipei", "TW"),
        ("Iran", "IR"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("Syria", "SY"), ("Laos", "LA"), ("Moldova", "MD"), ("Tanzania", "TZ"), ("Venezuela", "VE"),
        ("Bolivia", "BO"), ("Palestine", "PS"), ("Brunei", "BN"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"),
        ("Macedonia", "MK"), ("The Netherlands", "NL"), ("Holland", "NL"), ("UAE", "AE"), ("U.A.E.", "AE"),
        ("Vatican", "VA"), ("Micronesia", "FM"), ("Cape Verde", "CV"), ("Swaziland", "SZ"), ("Burma", "MM"),
        ("Kosovo", "XK"),
    ];
}
