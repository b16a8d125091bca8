using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;

namespace Aici.Core.Tests.Domain;

public sealed class NamedAuthorsTests
{
    private static readonly CountryCode GB = new("GB"), FR = new("FR");

    private static IReadOnlyList<string> Commas(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static Paper P(IReadOnlyList<Author> authors, params CountryCode[] countries) => new()
    {
        Key = "k",
        Source = "test",
        Id = "1",
        Title = "t",
        Authors = authors,
        Countries = countries,
        Location = new SourceLocation("f", 1),
    };

    [Fact]
    public void Names_are_split_once_on_first_use_and_read_as_authors_without_affiliations()
    {
        int splits = 0;
        var authors = new NamedAuthors("Ada Lovelace, Alan Turing", names => { splits++; return Commas(names); });
        Assert.Equal(0, splits);
        Assert.Equal("Ada Lovelace, Alan Turing", authors.Names);

        Assert.Equal(2, authors.Count);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], authors.Select(a => a.Name));
        Assert.Equal("Alan Turing", authors[1].Name);
        Assert.All(authors, a => Assert.Empty(a.Affiliations));
        Assert.Equal(1, splits);
    }

    [Fact]
    public void Any_affiliation_reads_named_authors_without_splitting_them()
    {
        var named = new NamedAuthors("A, B", _ => throw new InvalidOperationException("split"));
        Assert.False(NamedAuthors.AnyAffiliation(named));
        Assert.False(NamedAuthors.AnyAffiliation([Author.Named("A")]));
        Assert.True(NamedAuthors.AnyAffiliation([Author.Named("A"), new Author("B", [new Affiliation("Oxford", [])])]));
    }

    [Fact]
    public void Locating_a_paper_of_named_authors_leaves_them_unsplit_and_matches_the_same_authors_given_one_by_one()
    {
        var named = new NamedAuthors("A, B, C", _ => throw new InvalidOperationException("split"));
        Author[] listed = [Author.Named("A"), Author.Named("B"), Author.Named("C")];
        var resolving = new PaperLocator(_ => [GB], _ => GB);
        foreach (CountryCode[] countries in new[] { Array.Empty<CountryCode>(), [FR], [GB, FR, GB] })
        {
            IReadOnlyList<CountryShare> expected = PaperCountries.Shares(P(listed, countries));
            Assert.Equal(expected, PaperCountries.Shares(P(named, countries)));
            Assert.Equal(expected, new PaperLocator().Locate(P(named, countries)));
            Assert.Equal(expected, resolving.Locate(P(named, countries)));
            Assert.Equal(expected, resolving.Locate(P(listed, countries)));
        }

        Assert.Empty(PaperCountries.Shares(P(named)));
        Assert.Equal([new CountryShare(FR, 0.5), new CountryShare(GB, 0.5)], PaperCountries.Shares(P(named, GB, FR, GB)));
    }

    [Fact]
    public void Threads_that_split_at_once_see_the_same_authors()
    {
        var authors = new NamedAuthors(string.Join(", ", Enumerable.Range(0, 200).Select(i => $"Author {i}")), Commas);
        Author[][] seen = new Author[8][];
        Parallel.For(0, seen.Length, i => seen[i] = [.. authors]);
        Assert.All(seen, s => Assert.Equal(200, s.Length));
        Assert.All(seen, s => Assert.True(s.Zip(seen[0]).All(p => ReferenceEquals(p.First, p.Second))));
    }
}
