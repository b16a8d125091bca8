using Aici.Core.Affiliations;
using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Tests.Affiliations;

public sealed class CountryWeightsTests
{
    private static readonly CountryCode Gb = new("GB");
    private static readonly CountryCode Us = new("US");
    private static readonly CountryCode De = new("DE");

    // A paper by four authors: one in GB; one in GB and US (two affiliations); one in DE; one unlocated.
    // By hand: three located authors hold 1/3 each; the second splits hers between GB and US (1/6 each).
    // GB = 1/3 + 1/6 = 1/2; US = 1/6; DE = 1/3; total 1. Whole counting: GB, US, DE count 1 each.
    private static readonly IReadOnlyList<IReadOnlyCollection<CountryCode>> Authors = [[Gb], [Gb, Us], [De], []];

    [Fact]
    public void Fractional_counting_splits_each_located_author_over_their_countries()
    {
        IReadOnlyList<CountryShare> weights = CountryWeights.Fractional(Authors);
        Assert.Equal([De, Gb, Us], weights.Select(w => w.Country));
        Assert.Equal(1.0 / 3, weights[0].Weight, 12);
        Assert.Equal(1.0 / 2, weights[1].Weight, 12);
        Assert.Equal(1.0 / 6, weights[2].Weight, 12);
        Assert.Equal(1.0, weights.Sum(w => w.Weight), 12);
    }

    [Fact]
    public void Whole_counting_gives_each_country_one()
    {
        IReadOnlyList<CountryShare> weights = CountryWeights.Whole(Authors);
        Assert.Equal([De, Gb, Us], weights.Select(w => w.Country));
        Assert.All(weights, w => Assert.Equal(1.0, w.Weight));
        Assert.Equal(weights, CountryWeights.Of(Authors, Counting.Whole));
    }

    [Fact]
    public void A_paper_without_located_authors_has_no_weights()
    {
        Assert.Empty(CountryWeights.Fractional([[], []]));
        Assert.Empty(CountryWeights.Whole([[], []]));
    }

    [Fact]
    public void Unlocated_authors_are_resolved_from_their_affiliation_strings()
    {
        var paper = new Paper
        {
            Key = "papers:1",
            Source = "papers",
            Id = "1",
            Title = "A paper",
            Location = new SourceLocation("test", 1),
            Authors =
            [
                new Author("A", [new Affiliation("Department of Physics, University of Oxford, UK", [])]),
                new Author("B", [new Affiliation("somewhere", [Us])]),
                new Author("C", [new Affiliation("Imperial College London, UK; KAIST, Daejeon, South Korea", [])]),
            ],
        };

        IReadOnlyList<IReadOnlyCollection<CountryCode>> authors = CountryWeights.AuthorCountries(paper, TestRegistry.Resolver);
        Assert.Equal([Gb], authors[0]);
        Assert.Equal([Us], authors[1]);
        Assert.Equal([Gb, new CountryCode("KR")], authors[2]);
    }
}
