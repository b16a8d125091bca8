using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Locate;

/// <summary>
/// The countries of a paper and each one's fractional share, from the countries its records give per author
/// affiliation and for the paper as a whole.
/// </summary>
public static class PaperCountries
{
    /// <summary>Every country of the paper, once, sorted by code.</summary>
    public static IReadOnlyList<CountryCode> Of(Paper paper) => [.. Shares(paper).Select(s => s.Country)];

    /// <summary>
    /// Each country of the paper once, sorted by code, with its fractional share. Every author with at least one
    /// country holds an equal part of the paper (authors without a country are left out and the rest renormalised,
    /// the usual bibliometric convention), split equally over that author's countries; so the shares of a located
    /// paper add up to 1. When no author has a country, the paper-level countries share it equally. Paper-level
    /// countries that no author has are kept with share 0: whole counting counts them, fractional counting cannot
    /// place them.
    /// </summary>
    public static IReadOnlyList<CountryShare> Shares(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);

        // authors without affiliations have no country: the paper-level countries decide alone
        return NamedAuthors.AnyAffiliation(paper.Authors) ? Shares(AuthorCountries(paper), paper.Countries) : Shares([], paper.Countries);
    }

    /// <summary>The same rule over plain lists: each author's countries, and the paper-level countries.</summary>
    public static IReadOnlyList<CountryShare> Shares(IReadOnlyList<IReadOnlyCollection<CountryCode>> authors, IReadOnlyList<CountryCode> paper)
    {
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(paper);
        int located = authors.Count(a => a.Count > 0);
        if (located == 0 && paper.Count == 0)
        {
            return [];
        }

        var weights = new SortedDictionary<CountryCode, double>();
        if (located > 0)
        {
            foreach (IReadOnlyCollection<CountryCode> countries in authors)
            {
                foreach (CountryCode country in countries)
                {
                    weights[country] = weights.GetValueOrDefault(country) + (1.0 / located / countries.Count);
                }
            }

            foreach (CountryCode country in paper)
            {
                weights.TryAdd(country, 0);
            }
        }
        else
        {
            CountryCode[] distinct = [.. paper.Distinct()];
            foreach (CountryCode country in distinct)
            {
                weights[country] = 1.0 / distinct.Length;
            }
        }

        return [.. weights.Select(kv => new CountryShare(kv.Key, kv.Value))];
    }

    private static List<IReadOnlyCollection<CountryCode>> AuthorCountries(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var authors = new List<IReadOnlyCollection<CountryCode>>(paper.Authors.Count);
        foreach (Author author in paper.Authors)
        {
            var set = new SortedSet<CountryCode>();
            foreach (Affiliation affiliation in author.Affiliations)
            {
                set.UnionWith(affiliation.Countries);
            }

            authors.Add(set);
        }

        return authors;
    }
}
