namespace Aici.Core.Affiliations;

/// <summary>Which of an organisation's names a phrase in an affiliation matched.</summary>
internal enum NameKind
{
    /// <summary>The display name.</summary>
    Name,

    /// <summary>Another official name, usually in another language.</summary>
    Label,

    /// <summary>An alias.</summary>
    Alias,

    /// <summary>A name with its trailing country qualifier removed ("Google (United Kingdom)" → "Google").</summary>
    Unqualified,

    /// <summary>An acronym; only matches words written with capitals.</summary>
    Acronym,
}
