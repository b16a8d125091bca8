using Aici.Core.Domain;

namespace Aici.Core.Locate;

/// <summary>
/// The countries of a paper from the records' own country fields: every author affiliation's countries and the
/// paper-level list, de-duplicated and sorted. (Resolving affiliation strings to countries comes later.)
/// </summary>
public static class PaperCountries
{
    public static IReadOnlyList<CountryCode> Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var set = new SortedSet<CountryCode>(paper.Countries);
        foreach (Author author in paper.Authors)
        {
            foreach (Affiliation affiliation in author.Affiliations)
            {
                set.UnionWith(affiliation.Countries);
            }
        }

        return [.. set];
    }
}
