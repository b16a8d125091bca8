using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

public sealed class OpenAlexIdsTests
{
    [Theory]
    [InlineData("https://openalex.org/W4000000001", "W4000000001")]
    [InlineData("http://openalex.org/works/W42", "W42")]
    [InlineData(" W42 ", "W42")]
    [InlineData("w42", "W42")]
    [InlineData("https://openalex.org/I27", null)]
    [InlineData("https://example.org/W42", null)]
    [InlineData("W", null)]
    [InlineData("W12a", null)]
    public void Work_ids_are_shortened(string value, string? expected)
    {
        Assert.Equal(expected, OpenAlexIds.WorkId(value));
    }

    [Theory]
    [InlineData("https://openalex.org/I27837315", "institution")]
    [InlineData("https://openalex.org/A5048491430", "author")]
    [InlineData("https://openalex.org/S1", "source")]
    [InlineData("https://openalex.org/W1", null)]
    [InlineData("something else", null)]
    public void Other_entities_are_named(string value, string? expected)
    {
        Assert.Equal(expected, OpenAlexIds.NonWorkKind(value));
    }

    [Theory]
    [InlineData("https://doi.org/10.7717/PeerJ.4375", "10.7717/peerj.4375")]
    [InlineData("http://dx.doi.org/10.1000/XYZ", "10.1000/xyz")]
    [InlineData("doi:10.1000/abc", "10.1000/abc")]
    [InlineData("10.1000/abc", "10.1000/abc")]
    [InlineData("https://example.org/paper", null)]
    [InlineData("10.1000", null)]
    public void Dois_lose_their_prefix_and_case(string value, string? expected)
    {
        Assert.Equal(expected, OpenAlexIds.Doi(value));
    }

    [Theory]
    [InlineData("10.48550/arXiv.2101.00001", "2101.00001")]
    [InlineData("10.48550/ARXIV.2101.00001v3", "2101.00001")]
    [InlineData("10.48550/arXiv.hep-th/9901001", "hep-th/9901001")]
    [InlineData("10.48550/arXiv.not-an-id", null)]
    [InlineData("10.5555/arXiv.2101.00001", null)]
    [InlineData(null, null)]
    public void Arxiv_datacite_dois_give_the_arxiv_id(string? doi, string? expected)
    {
        Assert.Equal(expected, OpenAlexIds.ArxivIdFromDoi(doi));
    }
}
