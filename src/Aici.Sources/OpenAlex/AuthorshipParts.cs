using Aici.Core.Domain;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// What one OpenAlex authorship says, gathered before it becomes an <see cref="Author"/> (its fields may come in any
/// order): the names, the matched institutions, the affiliation entries linking raw strings to them, the raw strings
/// alone and the countries OpenAlex derived for the author.
/// </summary>
internal sealed class AuthorshipParts
{
    /// <summary><c>author.display_name</c>.</summary>
    public string? DisplayName { get; set; }

    /// <summary><c>raw_author_name</c>: the name as the publisher wrote it.</summary>
    public string? RawName { get; set; }

    /// <summary><c>institutions[]</c>.</summary>
    public List<OpenAlexInstitution> Institutions { get; } = [];

    /// <summary><c>affiliations[]</c>: each raw affiliation string with the ids of the institutions matched to it.</summary>
    public List<(string? Text, List<string> InstitutionIds)> Entries { get; } = [];

    /// <summary><c>raw_affiliation_strings[]</c>, used when there is no <c>affiliations[]</c>.</summary>
    public List<string> RawAffiliations { get; } = [];

    /// <summary><c>countries[]</c>, distinct.</summary>
    public List<CountryCode> Countries { get; } = [];
}
