using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;

namespace Aici.Core.Tests;

public sealed class PaperCountriesTests
{
    private static readonly CountryCode GB = new("GB"), US = new("US"), HK = new("HK"), CN = new("CN");

    private static Author A(params CountryCode[] countries) =>
        new("author", [.. countries.Select(c => new Affiliation("somewhere", [c]))]);

    private static Paper P(IReadOnlyList<Author> authors, params CountryCode[] paperCountries) => new()
    {
        Key = "k",
        Source = "test",
        Id = "1",
        Title = "t",
        Authors = authors,
        Countries = paperCountries,
        Location = new SourceLocation("f", 1),
    };

    [Fact]
    public void Fractional_shares_computed_by_hand()
    {
        // Four authors: two in GB, one in GB and US (half each), one with no country (left out).
        // Located authors: 3, each holds 1/3. GB = 1/3 + 1/3 + 1/6 = 5/6; US = 1/6.
        IReadOnlyList<CountryShare> shares = PaperCountries.Shares(P([A(GB), A(GB), A(GB, US), A()]));
        Assert.Equal([GB, US], shares.Select(s => s.Country));
        Assert.Equal(5.0 / 6, shares[0].Weight, 12);
        Assert.Equal(1.0 / 6, shares[1].Weight, 12);
        Assert.Equal(1.0, shares.Sum(s => s.Weight), 12);
    }

    [Fact]
    public void Without_author_countries_the_paper_level_countries_share_equally()
    {
        IReadOnlyList<CountryShare> shares = PaperCountries.Shares(P([A(), A()], US, HK, US));
        Assert.Equal([new CountryShare(HK, 0.5), new CountryShare(US, 0.5)], shares);
    }

    [Fact]
    public void Paper_level_countries_no_author_has_are_kept_with_share_zero()
    {
        IReadOnlyList<CountryShare> shares = PaperCountries.Shares(P([A(CN)], CN, HK));
        Assert.Equal([new CountryShare(CN, 1), new CountryShare(HK, 0)], shares);
        Assert.Equal([CN, HK], PaperCountries.Of(P([A(CN)], CN, HK)));
    }

    [Fact]
    public void An_unlocated_paper_has_no_countries() => Assert.Empty(PaperCountries.Shares(P([A(), A()])));

    [Fact]
    public void A_paper_of_named_authors_is_located_without_splitting_them_as_the_same_authors_given_one_by_one()
    {
        var named = new NamedAuthors("A, B, C", _ => throw new InvalidOperationException("split"));
        Author[] listed = [Author.Named("A"), Author.Named("B"), Author.Named("C")];
        var resolving = new PaperLocator(_ => [GB], _ => GB);
        foreach (CountryCode[] countries in new[] { Array.Empty<CountryCode>(), [US], [GB, US, GB] })
        {
            IReadOnlyList<CountryShare> expected = PaperCountries.Shares(P(listed, countries));
            Assert.Equal(expected, PaperCountries.Shares(P(named, countries)));
            Assert.Equal(expected, new PaperLocator().Locate(P(named, countries)));
            Assert.Equal(expected, resolving.Locate(P(named, countries)));
            Assert.Equal(expected, resolving.Locate(P(listed, countries)));
        }

        Assert.Empty(PaperCountries.Shares(P(named)));
        Assert.Equal([new CountryShare(GB, 0.5), new CountryShare(US, 0.5)], PaperCountries.Shares(P(named, GB, US, GB)));
    }
}
