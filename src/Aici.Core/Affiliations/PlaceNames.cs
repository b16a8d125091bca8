namespace Aici.Core.Affiliations;

/// <summary>
/// Place names that affiliation strings use for a country besides the ISO English names: common and native spellings
/// of countries, and first-level subdivisions that name one country only (US states, Canadian provinces, Australian
/// states, Chinese provinces, Indian states). Cities come from the registry itself (see <see cref="Gazetteer"/>).
/// </summary>
internal static class PlaceNames
{
    /// <summary>Other names of countries, as written in addresses.</summary>
    public static readonly (string Name, string Code)[] Countries =
    [
        ("USA", "US"), ("U.S.A.", "US"), ("U.S.", "US"), ("US", "US"), ("United States of America", "US"), ("America", "US"),
        ("Etats-Unis", "US"), ("Estados Unidos", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
        ("Wales", "GB"), ("Northern Ireland", "GB"), ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("Korea", "KR"), ("Republic of Korea", "KR"), ("South Korea", "KR"), ("Korea (South)", "KR"), ("ROK", "KR"),
        ("North Korea", "KP"), ("Russia", "RU"), ("Russian Federation", "RU"), ("Rossiya", "RU"),
        ("Turkey", "TR"), ("Turkiye", "TR"), ("Hong Kong SAR", "HK"), ("HKSAR", "HK"), ("Macau", "MO"), ("Macao", "MO"),
        ("PR China", "CN"), ("P.R. China", "CN"), ("PRC", "CN"), ("People's Republic of China", "CN"), ("Mainland China", "CN"),
        ("Taiwan", "TW"), ("Taiwan ROC", "TW"), ("R.O.C.", "TW"), ("Republic of China", "TW"),
        ("Iran", "IR"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Syria", "SY"),
        ("Laos", "LA"), ("Moldova", "MD"), ("Tanzania", "TZ"), ("Venezuela", "VE"), ("Bolivia", "BO"),
        ("Palestine", "PS"), ("Brunei", "BN"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"), ("Macedonia", "MK"),
        ("North Macedonia", "MK"), ("The Netherlands", "NL"), ("Netherlands", "NL"), ("Holland", "NL"), ("Nederland", "NL"),
        ("UAE", "AE"), ("U.A.E.", "AE"), ("Emirates", "AE"), ("KSA", "SA"), ("Kingdom of Saudi Arabia", "SA"),
        ("Burma", "MM"), ("Kosovo", "XK"), ("Swaziland", "SZ"), ("Cape Verde", "CV"),
        ("Brasil", "BR"), ("Deutschland", "DE"), ("West Germany", "DE"), ("FRG", "DE"), ("BRD", "DE"), ("Allemagne", "DE"), ("Espana", "ES"), ("Italia", "IT"), ("Mexico", "MX"),
        ("Peru", "PE"), ("Polska", "PL"), ("Suisse", "CH"), ("Schweiz", "CH"), ("Svizzera", "CH"), ("Osterreich", "AT"),
        ("Sverige", "SE"), ("Norge", "NO"), ("Danmark", "DK"), ("Suomi", "FI"), ("Belgique", "BE"), ("Belgie", "BE"),
        ("Ellada", "GR"), ("Hellas", "GR"), ("Magyarorszag", "HU"), ("Hrvatska", "HR"), ("Srbija", "RS"), ("Rumania", "RO"),
        ("Nippon", "JP"), ("Nihon", "JP"), ("Zhongguo", "CN"), ("Bharat", "IN"), ("Argentine", "AR"),
        ("Slovak Republic", "SK"), ("Kyrgyz Republic", "KG"), ("DR Congo", "CD"), ("Democratic Republic of Congo", "CD"),
        ("Democratic Republic of the Congo", "CD"), ("Republic of the Congo", "CG"), ("Congo", "CG"),
        ("Lao PDR", "LA"), ("Republic of Ireland", "IE"), ("Eire", "IE"), ("New Zealand", "NZ"), ("Aotearoa", "NZ"),
        ("Sri Lanka", "LK"), ("Bosnia", "BA"), ("Trinidad", "TT"), ("Sultanate of Oman", "OM"), ("State of Qatar", "QA"),
        ("Jamahiriya", "LY"), ("Timor-Leste", "TL"), ("East Timor", "TL"), ("Vatican", "VA"), ("Gambia", "GM"),
        ("Bahamas", "BS"), ("Philippines", "PH"), ("Republic of Singapore", "SG"), ("Islamic Republic of Iran", "IR"),
        ("Islamic Republic of Pakistan", "PK"), ("Arab Republic of Egypt", "EG"),
    ];

    /// <summary>Words that name two places in different countries ("Georgia": the country, or the US state).</summary>
    public static readonly (string Name, string[] Codes)[] Ambiguous =
    [
        ("Georgia", ["GE", "US"]), ("Victoria", ["AU", "CA"]), ("Punjab", ["IN", "PK"]), ("Washington", ["US"]),
        ("Guadeloupe", ["GP", "FR"]), ("Martinique", ["MQ", "FR"]), ("Reunion", ["RE", "FR"]), ("La Reunion", ["RE", "FR"]),
        ("French Guiana", ["GF", "FR"]), ("Puerto Rico", ["PR", "US"]), ("Greenland", ["GL", "DK"]),
    ];

    /// <summary>US states (and DC) with their postal codes.</summary>
    public static readonly (string Name, string Code)[] UsStates =
    [
        ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"), ("California", "CA"), ("Colorado", "CO"),
        ("Connecticut", "CT"), ("Delaware", "DE"), ("District of Columbia", "DC"), ("Florida", "FL"), ("Hawaii", "HI"),
        ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"), ("Kansas", "KS"), ("Kentucky", "KY"),
        ("Louisiana", "LA"), ("Maine", "ME"), ("Maryland", "MD"), ("Massachusetts", "MA"), ("Michigan", "MI"),
        ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"), ("Montana", "MT"), ("Nebraska", "NE"),
        ("Nevada", "NV"), ("New Hampshire", "NH"), ("New Jersey", "NJ"), ("New Mexico", "NM"), ("New York", "NY"),
        ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"), ("Oklahoma", "OK"), ("Oregon", "OR"),
        ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"), ("South Dakota", "SD"),
        ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"), ("Virginia", "VA"),
        ("West Virginia", "WV"), ("Wisconsin", "WI"), ("Wyoming", "WY"), ("Washington DC", "DC"), ("Washington D.C.", "DC"),
        ("New England", "MA"),
    ];

    /// <summary>Subdivisions of other countries whose names are not also countries.</summary>
    public static readonly (string Name, string Code)[] Regions =
    [
        ("Ontario", "CA"), ("Quebec", "CA"), ("British Columbia", "CA"), ("Alberta", "CA"), ("Manitoba", "CA"),
        ("Saskatchewan", "CA"), ("Nova Scotia", "CA"), ("New Brunswick", "CA"), ("Newfoundland", "CA"),
        ("Prince Edward Island", "CA"),
        ("New South Wales", "AU"), ("Queensland", "AU"), ("Tasmania", "AU"), ("Western Australia", "AU"),
        ("South Australia", "AU"), ("Northern Territory", "AU"), ("Australian Capital Territory", "AU"),
        ("Guangdong", "CN"), ("Jiangsu", "CN"), ("Zhejiang", "CN"), ("Shandong", "CN"), ("Sichuan", "CN"), ("Hubei", "CN"),
        ("Hunan", "CN"), ("Henan", "CN"), ("Hebei", "CN"), ("Shaanxi", "CN"), ("Shanxi", "CN"), ("Anhui", "CN"),
        ("Fujian", "CN"), ("Jiangxi", "CN"), ("Liaoning", "CN"), ("Jilin", "CN"), ("Heilongjiang", "CN"), ("Yunnan", "CN"),
        ("Guizhou", "CN"), ("Gansu", "CN"), ("Hainan", "CN"), ("Qinghai", "CN"), ("Guangxi", "CN"), ("Xinjiang", "CN"),
        ("Inner Mongolia", "CN"), ("Ningxia", "CN"),
        ("Maharashtra", "IN"), ("Tamil Nadu", "IN"), ("Karnataka", "IN"), ("Kerala", "IN"), ("Uttar Pradesh", "IN"),
        ("West Bengal", "IN"), ("Gujarat", "IN"), ("Rajasthan", "IN"), ("Telangana", "IN"), ("Andhra Pradesh", "IN"),
        ("Odisha", "IN"), ("Orissa", "IN"), ("Bihar", "IN"), ("Assam", "IN"), ("Haryana", "IN"), ("Madhya Pradesh", "IN"),
        ("Uttarakhand", "IN"), ("Himachal Pradesh", "IN"), ("Jharkhand", "IN"), ("Chhattisgarh", "IN"),
        ("Jammu and Kashmir", "IN"),
    ];

    /// <summary>
    /// Places in Hong Kong. The 2020 study recoded Hong Kong, Tsuen Wan, Tuen Mun, Tai Po and Sai Kung from China to
    /// Hong Kong; this list adds the districts and campus areas that affiliations commonly name.
    /// </summary>
    public static readonly string[] HongKong =
    [
        "Hong Kong", "Kowloon", "Kowloon Tong", "Sha Tin", "Shatin", "Tsuen Wan", "Tuen Mun", "Tai Po", "Sai Kung",
        "Pok Fu Lam", "Pokfulam", "Clear Water Bay", "Hung Hom", "Tsim Sha Tsui", "Yuen Long", "Wan Chai", "Mong Kok",
        "Tseung Kwan O", "New Territories", "Kwun Tong", "Chai Wan", "Ma On Shan", "Fanling", "Sheung Shui", "Tai Wai",
        "Lantau", "Sham Shui Po", "Kwai Chung", "Tung Chung", "Siu Lek Yuen", "Ho Man Tin",
    ];

    /// <summary>Places in Macao.</summary>
    public static readonly string[] Macao = ["Macau", "Macao", "Taipa", "Coloane"];
}
