namespace Aici.Core.Affiliations;

/// <summary>
/// One word of a name or an affiliation string, normalised (<see cref="WordForms"/>), with the segment it sits in
/// (segments are separated by commas, semicolons, line breaks, parentheses and the like), the part it sits in (parts are
/// separated by semicolons: "Dept. X, Univ. Y, City; Lab Z, Other City, Country") and how it was written.
/// </summary>
internal readonly record struct Word(string Text, int Segment, WordShape Shape, bool InParentheses, bool IsStop)
{
    public int Part { get; init; }

    public bool IsCapitalised => (Shape & WordShape.Capitalised) != 0;

    public bool IsAcronymShaped => (Shape & WordShape.Acronym) != 0;
}
