using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;

namespace Aici.Core.Tests;

public sealed class PaperLocatorTests
{
    private static readonly CountryCode GB = new("GB"), US = new("US"), HK = new("HK");

    private static Paper P(params Author[] authors) => new()
    {
        Key = "k",
        Source = "test",
        Id = "1",
        Title = "t",
        Authors = authors,
        Location = new SourceLocation("f", 1),
    };

    [Fact]
    public void Given_countries_win_then_ror_ids_then_the_resolver()
    {
        int calls = 0;
        var locator = new PaperLocator(
            text => { calls++; return text.Contains("Oxford", StringComparison.Ordinal) ? [GB] : []; },
            ror => ror == "052gg0110" ? GB : null);
        Paper paper = P(
            new Author("given", [new Affiliation("Somewhere in Hong Kong", [HK])]),
            new Author("ror", [new Affiliation("Dept of CS", []) { RorIds = ["052gg0110"] }]),
            new Author("string", [new Affiliation("Dept. of CS, Univ. of Oxford, UK", [])]),
            new Author("again", [new Affiliation("Dept. of CS, Univ. of Oxford, UK", [])]),
            new Author("nowhere", [new Affiliation("Home office", [])]));

        IReadOnlyList<CountryShare> shares = locator.Locate(paper);

        // Located authors: given (HK), ror (GB), string (GB), again (GB): each 1/4; "nowhere" is left out.
        Assert.Equal([new CountryShare(GB, 0.75), new CountryShare(HK, 0.25)], shares);
        Assert.Equal(2, calls); // the repeated string was resolved once; "Home office" once
        Assert.Equal(3, locator.Resolved);
    }

    [Fact]
    public void Without_a_resolver_only_given_countries_count()
    {
        var locator = new PaperLocator();
        Paper paper = P(new Author("a", [new Affiliation("Univ. of Oxford", [])]), new Author("b", [new Affiliation("MIT", [US])]));
        Assert.Equal([new CountryShare(US, 1)], locator.Locate(paper));
    }
}
