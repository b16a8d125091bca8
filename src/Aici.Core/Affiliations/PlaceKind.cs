namespace Aici.Core.Affiliations;

/// <summary>What kind of place a mention in an affiliation names, from strongest evidence of a country to weakest.</summary>
internal enum PlaceKind
{
    /// <summary>A country name ("France", "P.R. China", "USA").</summary>
    Country,

    /// <summary>A subdivision that belongs to one country ("Ontario", "Jiangsu", "California", a district of Hong Kong),
    /// or a US state code followed by a ZIP code ("Davis, CA 95616").</summary>
    Region,

    /// <summary>A city taken from the registry's own locations; may lie in several countries.</summary>
    Locality,

    /// <summary>A US state code written as its own address part without a ZIP code (", MA,"): weak, since ", DE" may
    /// also mean Germany.</summary>
    StateCode,
}
