using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;

namespace Aici.Core.Affiliations;

/// <summary>
/// Paper–country weights from each author's countries.
/// <list type="bullet">
/// <item><b>Whole counting</b>: every country of the paper counts 1, however many authors it has.</item>
/// <item><b>Fractional counting</b>: every located author holds an equal part of the paper, split equally over that
/// author's countries. Authors with no country are left out and the located authors' parts renormalised (the usual
/// bibliometric convention), so a located paper's weights add up to 1 and the world total equals the number of located
/// papers. A paper with no located author has no weights. (The arithmetic is
/// <see cref="PaperCountries.Shares(IReadOnlyList{IReadOnlyCollection{CountryCode}}, IReadOnlyList{CountryCode})"/>,
/// shared with the pipeline.)</item>
/// </list>
/// Results are sorted by country code.
/// </summary>
public static class CountryWeights
{
    /// <summary>Whole counting: each distinct country of any author weighs 1.</summary>
    public static IReadOnlyList<CountryShare> Whole(IReadOnlyList<IReadOnlyCollection<CountryCode>> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        return [.. new SortedSet<CountryCode>(authors.SelectMany(a => a)).Select(c => new CountryShare(c, 1.0))];
    }

    /// <summary>Fractional counting over located authors (see the class summary).</summary>
    public static IReadOnlyList<CountryShare> Fractional(IReadOnlyList<IReadOnlyCollection<CountryCode>> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        return PaperCountries.Shares(authors, []);
    }

    /// <summary>Weights under <paramref name="counting"/>.</summary>
    public static IReadOnlyList<CountryShare> Of(IReadOnlyList<IReadOnlyCollection<CountryCode>> authors, Counting counting) =>
        counting == Counting.Whole ? Whole(authors) : Fractional(authors);

    /// <summary>
    /// Each author's countries: those the source gives for the author's affiliations, else the countries the
    /// resolver finds in the affiliation strings (every institution's, when a string names several; the transnational
    /// bucket included when the resolver puts companies there). One entry per author, in order; an author with neither has an empty set.
    /// </summary>
    public static IReadOnlyList<IReadOnlyCollection<CountryCode>> AuthorCountries(Paper paper, AffiliationResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(resolver);
        var authors = new List<IReadOnlyCollection<CountryCode>>(paper.Authors.Count);
        foreach (Author author in paper.Authors)
        {
            var given = new SortedSet<CountryCode>(author.Affiliations.SelectMany(a => a.Countries));
            if (given.Count == 0)
            {
                foreach (Affiliation affiliation in author.Affiliations)
                {
                    given.UnionWith(resolver.Resolve(affiliation.Text).Countries);
                }
            }

            authors.Add(given);
        }

        return authors;
    }
}
