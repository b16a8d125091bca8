namespace Aici.Core.Affiliations;

/// <summary>The names of the rules that decide a resolution, as written in outputs.</summary>
public static class ResolutionRules
{
    /// <summary>An organisation's display name or one of its official labels (any language), found as a phrase.</summary>
    public const string Name = "name";

    /// <summary>One of the organisation's aliases.</summary>
    public const string Alias = "alias";

    /// <summary>A company's name without its country qualifier, confirmed by a place in the string.</summary>
    public const string UnqualifiedName = "unqualified-name";

    /// <summary>An acronym written in capitals.</summary>
    public const string Acronym = "acronym";

    /// <summary>The same words as a name in another order ("Uberlândia Federal University").</summary>
    public const string WordSet = "word-set";

    /// <summary>The rare words of a name, without some of its common ones ("Yale School of Medicine" → Yale University).</summary>
    public const string Partial = "partial";

    /// <summary>No organisation matched; a country named in the string gives the country.</summary>
    public const string CountryInString = "country-in-string";

    /// <summary>No registry organisation matched; the world universities list gives the country.</summary>
    public const string UniversityList = "university-list";

    /// <summary>No registry organisation matched; the reviewed list of multinationals gives the country.</summary>
    public const string CompanyList = "company-list";

    /// <summary>Nothing matched and no country is named.</summary>
    public const string Unresolved = "unresolved";

    /// <summary>Country rule: the matched organisation's own country.</summary>
    public const string Organisation = "organisation";

    /// <summary>Country rule: China recoded to Hong Kong because the string names a place in Hong Kong.</summary>
    public const string HongKong = "hong-kong";

    /// <summary>Country rule: China recoded to Macao because the string names a place in Macao.</summary>
    public const string Macao = "macao";

    /// <summary>Country rule: a multinational company put in the transnational bucket.</summary>
    public const string Transnational = "transnational";
}
