namespace Aici.Core.Affiliations;

/// <summary>Where a name of the index comes from.</summary>
internal enum NameSource
{
    /// <summary>The registry: the name leads to an organisation with an id.</summary>
    Registry,

    /// <summary>The world universities list: a name and a country, no id.</summary>
    UniversityList,

    /// <summary>The reviewed list of multinational companies: a name and a headquarters country, no id.</summary>
    CompanyList,
}
