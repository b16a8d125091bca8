namespace Aici.Core.Affiliations;

/// <summary>
/// The resolver's scores. A candidate starts from what matched (a name scores more than an alias, an alias more than
/// an acronym) and gains or loses by what else the string says: a country named in it that agrees or disagrees, its
/// city named in it, being one of several equally good candidates in different countries.
/// </summary>
internal static class Scores
{
    public const double Name = 1.0;

    /// <summary>A label loses to another organisation's display name: "University of Minnesota" is the campus's
    /// display name and the system's label.</summary>
    public const double Label = 0.97;
    public const double Alias = 0.93;
    public const double Unqualified = 0.85;
    public const double Acronym = 0.8;

    /// <summary>A word-set match scores this share of the name it reorders.</summary>
    public const double WordSetFactor = 0.9;

    /// <summary>A partial match scores <see cref="PartialBase"/> + <see cref="PartialCoverage"/> × the idf-weighted
    /// share of the name's words present.</summary>
    public const double PartialBase = 0.6;

    public const double PartialCoverage = 0.3;

    /// <summary>A partial match needs at least this share of the name (idf-weighted).</summary>
    public const double PartialMinimumCoverage = 0.6;

    public const double CountryAgrees = 0.04;
    public const double CountryDisagrees = -0.45;
    public const double LocalityAgrees = 0.02;
    public const double LocalityDisagrees = -0.05;
    public const double CityNamed = 0.05;

    /// <summary>A company name stripped of its country qualifier needs a place in the string that agrees.</summary>
    public const double UnqualifiedUnconfirmed = -0.2;

    /// <summary>A one-word name sharing its segment with other words ("Institute Pasteur" is fine; "Delta" in a
    /// sentence is not).</summary>
    public const double OneWordInLongerSegment = -0.2;

    /// <summary>A name starting with an institution word right after another capitalised word: "Westlake Institute for
    /// Advanced Study" is not the "Institute for Advanced Study".</summary>
    public const double PrecededByName = -0.15;

    /// <summary>No country named, but a city that lies in one other country ("Toyota Technological Institute at Chicago").</summary>
    public const double UniqueLocalityDisagrees = -0.25;

    public const double Inactive = -0.03;

    /// <summary>Acronyms of this many letters or fewer need the organisation's city named in the string.</summary>
    public const int ShortAcronymLetters = 3;

    public const double ShortAcronymUnconfirmed = -0.1;

    /// <summary>A generic name ("National University"): every word of it is common in organisation names.</summary>
    public const double Generic = -0.15;

    /// <summary>A generic name without its city named, and without its country named with no other words beside it.</summary>
    public const double GenericUnconfirmed = -0.15;

    /// <summary>Several candidates equally good in different countries: the name alone cannot tell.</summary>
    public const double Ambiguous = -0.3;

    /// <summary>Candidates closer than this are equally good.</summary>
    public const double Tie = 0.02;
}
