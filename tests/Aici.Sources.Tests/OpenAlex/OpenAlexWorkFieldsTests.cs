using Aici.Core.Domain;
using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>The fields of a work and the keys that join OpenAlex to arXiv records.</summary>
public sealed class OpenAlexWorkFieldsTests
{
    private static Reading ReadLines(params string[] works)
    {
        using var dir = new TempDirectory();
        return Reading.Of(new OpenAlexWorksReader(dir.Write("works.jsonl", string.Join('\n', works))));
    }

    private static Paper One(string work)
    {
        Reading reading = ReadLines(work);
        Assert.Empty(reading.Errors);
        return Assert.Single(reading.Papers);
    }

    [Fact]
    public void A_full_work_gives_every_field()
    {
        Paper paper = One(OpenAlexSamples.ShadowWork);

        Assert.Equal("W4000000001", paper.Id);
        Assert.Equal("Neural Shadow Puppetry", paper.Title);
        Assert.Equal("We animate shadow puppets.", paper.Abstract);
        Assert.Equal(2023, paper.Year);
        Assert.Equal(new DateOnly(2023, 5, 7), paper.Submitted);
        Assert.Null(paper.Updated);
        Assert.Equal("Journal of Example Arts", paper.Venue);
        Assert.Equal("Computational Creativity", paper.Topic);
        Assert.Equal("10.5555/shadow.101", paper.Doi);
        Assert.Null(paper.ArxivId);
        Assert.Empty(paper.Categories);
        Assert.Empty(paper.Countries);
        Assert.Equal(["Ayşe Yılmaz", "Wing Chan"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_work_with_a_doi_is_keyed_by_the_lower_cased_doi()
    {
        Assert.Equal("doi:10.5555/shadow.101", One(OpenAlexSamples.ShadowWork).Key);
    }

    [Fact]
    public void A_work_without_doi_is_keyed_by_its_openalex_id()
    {
        Paper paper = One(OpenAlexSamples.With("W9", "No DOI", "\"doi\": null, \"ids\": {\"openalex\": \"https://openalex.org/W9\"}"));

        Assert.Equal("openalex:W9", paper.Key);
        Assert.Null(paper.Doi);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2101.00001v2")]
    [InlineData("arXiv:2101.00001")]
    [InlineData("2101.00001")]
    public void An_arxiv_id_in_ids_keys_the_work_by_arxiv(string arxiv)
    {
        Paper paper = One(OpenAlexSamples.With("W10", "On arXiv", $$"""
            "doi": "https://doi.org/10.5555/journal.version", "ids": {"openalex": "https://openalex.org/W10", "arxiv": "{{arxiv}}"}
            """));

        Assert.Equal(("arxiv:2101.00001", "2101.00001"), (paper.Key, paper.ArxivId));
        Assert.Equal("10.5555/journal.version", paper.Doi);
    }

    [Fact]
    public void An_arxiv_datacite_doi_gives_the_arxiv_id()
    {
        Paper paper = One(OpenAlexSamples.With("W11", "Preprint", "\"doi\": \"https://doi.org/10.48550/arXiv.2305.04321\""));

        Assert.Equal(("arxiv:2305.04321", "2305.04321", "10.48550/arxiv.2305.04321"), (paper.Key, paper.ArxivId, paper.Doi));
    }

    [Fact]
    public void An_arxiv_datacite_doi_in_ids_gives_the_arxiv_id_too()
    {
        Paper paper = One(OpenAlexSamples.With("W12", "Preprint", "\"doi\": null, \"ids\": {\"doi\": \"10.48550/ARXIV.hep-th/9901001\"}"));

        Assert.Equal(("arxiv:hep-th/9901001", "10.48550/arxiv.hep-th/9901001"), (paper.Key, paper.Doi));
    }

    [Fact]
    public void A_bad_arxiv_id_or_doi_is_a_warning_and_the_next_key_is_used()
    {
        Reading reading = ReadLines(OpenAlexSamples.With("W13", "Odd ids", "\"doi\": \"not-a-doi\", \"ids\": {\"arxiv\": \"hello\"}"));

        Paper paper = Assert.Single(reading.Papers);
        Assert.Equal("openalex:W13", paper.Key);
        Assert.Equal(
            [("doi", "not a DOI: 'not-a-doi'"), ("ids.arxiv", "not an arXiv id: 'hello'")],
            reading.Warnings.Select(w => (w.Field, w.Reason)).Order());
    }

    [Fact]
    public void The_display_name_stands_in_for_a_null_title()
    {
        Paper paper = One("""{"id": "https://openalex.org/W14", "title": null, "display_name": "Shown Name"}""");

        Assert.Equal("Shown Name", paper.Title);
    }

    [Fact]
    public void The_title_is_kept_exactly_as_written()
    {
        Paper paper = One(OpenAlexSamples.Minimal("W15", "  Spaced  $\\\\alpha$ Title "));

        Assert.Equal("  Spaced  $\\alpha$ Title ", paper.Title);
    }

    [Fact]
    public void Without_publication_year_the_year_comes_from_the_date()
    {
        Paper paper = One(OpenAlexSamples.With("W16", "Dated", "\"publication_date\": \"2019-11-30\""));

        Assert.Equal((2019, new DateOnly(2019, 11, 30)), (paper.Year, paper.Submitted));
    }

    [Fact]
    public void Optional_fields_of_the_wrong_type_are_warnings()
    {
        Reading reading = ReadLines(OpenAlexSamples.With("W17", "Odd types",
            "\"publication_year\": \"2020\", \"publication_date\": \"May 2020\", \"primary_topic\": \"Art\", \"authorships\": {}"));

        Paper paper = Assert.Single(reading.Papers);
        Assert.Null(paper.Year);
        Assert.Null(paper.Topic);
        Assert.Empty(paper.Authors);
        Assert.Equal(
            ["authorships", "primary_topic", "publication_date", "publication_year"],
            reading.Warnings.Select(w => w.Field).Order());
    }

    [Fact]
    public void A_null_source_gives_no_venue()
    {
        Paper paper = One(OpenAlexSamples.With("W18", "No venue", "\"primary_location\": {\"source\": null}, \"primary_topic\": null"));

        Assert.Null(paper.Venue);
        Assert.Null(paper.Topic);
    }

    [Fact]
    public void The_id_can_come_from_ids_openalex()
    {
        Paper paper = One("""{"ids": {"openalex": "https://openalex.org/W19"}, "title": "Id in ids"}""");

        Assert.Equal("W19", paper.Id);
    }
}
