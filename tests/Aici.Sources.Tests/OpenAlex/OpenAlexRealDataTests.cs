using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.OpenAlex;
using Aici.Tests;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>The reader over the real OpenAlex files in ../shared/data/openalex (skipped when absent).</summary>
public sealed class OpenAlexRealDataTests
{
    private static Reading Read(string file) => Reading.Of(new OpenAlexWorksReader(SharedData.Require("openalex/" + file)));

    [Theory]
    [InlineData("openalexPro_works_page_chunk1.json", 50)]
    [InlineData("openalexPro_works_page_chunk2.json", 50)]
    [InlineData("openalexPro_works_page_chunk3.json", 50)]
    [InlineData("openalexPro_works_page_chunk4.json", 25)]
    public void Every_page_reads_without_errors(string file, int works)
    {
        Reading reading = Read(file);

        Assert.Empty(reading.Errors);
        Assert.Equal(works, reading.Papers.Count);
        Assert.Equal(works, reading.Papers.Select(p => p.Id).Distinct().Count());
        Assert.All(reading.Papers, p => Assert.StartsWith("W", p.Id, StringComparison.Ordinal));
        Assert.All(reading.Papers, p => Assert.NotNull(p.Year));
        Assert.True(reading.Papers.Count(p => p.Authors.Count > 0) > works * 3 / 4);
    }

    [Fact]
    public void The_four_pages_hold_175_distinct_works_with_located_authors()
    {
        Paper[] papers =
        [
            .. Enumerable.Range(1, 4).SelectMany(i => Read($"openalexPro_works_page_chunk{i}.json").Papers),
        ];

        Assert.Equal(175, papers.Length);
        Assert.Equal(175, papers.Select(p => p.Key).Distinct().Count());
        Assert.All(papers, p => Assert.Equal("openalex", p.Source));
        Assert.All(papers, p => Assert.Empty(p.Countries));
        Affiliation[] affiliations = [.. papers.SelectMany(p => p.Authors).SelectMany(a => a.Affiliations)];
        Assert.Contains(affiliations, a => a.Countries.Contains(new CountryCode("US")));
        Assert.Contains(affiliations, a => a.Countries.Contains(new CountryCode("GB")));
        Assert.Contains(affiliations, a => a.RorIds.Count > 0 && a.RorIds.All(r => r.Length == 9 && !r.Contains('/', StringComparison.Ordinal)));
        Assert.Contains(papers, p => p.Abstract is { Length: > 100 });
        Assert.Contains(papers, p => p.Topic is not null);
        Assert.Contains(papers, p => p.Venue is not null);
    }

    [Fact]
    public void The_json_lines_twin_equals_page_chunk_1_in_ids_and_titles()
    {
        Reading lines = Read("openalexPro_works_chunk1.jsonl");
        Reading page = Read("openalexPro_works_page_chunk1.json");

        Assert.Empty(lines.Errors);
        Assert.Equal(50, lines.Papers.Count);
        Assert.Equal(
            page.Papers.Select(p => (p.Id, p.Title)).Order(),
            lines.Papers.Select(p => (p.Id, p.Title)).Order());
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), lines.Papers.Select(p => p.Location.Line));
    }

    [Fact]
    public void The_folder_reads_with_only_the_institution_warning()
    {
        string folder = SharedData.Require("openalex");
        IReadOnlyList<IPaperSource> sources = InputFiles.OpenAlex([folder]);

        Reading[] readings = [.. sources.Select(Reading.Of)];

        Assert.Equal(7, sources.Count);
        Assert.Empty(readings.SelectMany(r => r.Errors));
        Diagnostic warning = Assert.Single(readings.SelectMany(r => r.Warnings));
        Assert.Equal("not an OpenAlex work (institution record): skipped", warning.Reason);
        Assert.EndsWith("openalex_institution_I27837315.json", warning.File, StringComparison.Ordinal);
        Assert.Equal(50 + 50 + 50 + 50 + 25 + 1, readings.Sum(r => r.Papers.Count));
    }

    [Fact]
    public void The_single_work_has_its_authors_institutions_and_countries()
    {
        Reading reading = Read("openalex_work_W2741809807.json");

        Paper paper = Assert.Single(reading.Papers);
        Assert.Empty(reading.Errors);
        Assert.Empty(reading.Warnings);
        Assert.Equal(("W2741809807", "doi:10.7717/peerj.4375", "10.7717/peerj.4375"), (paper.Id, paper.Key, paper.Doi));
        Assert.StartsWith("The state of OA", paper.Title, StringComparison.Ordinal);
        Assert.Equal(2018, paper.Year);
        Assert.NotNull(paper.Abstract);
        Assert.Equal(9, paper.Authors.Count);
        Assert.Equal("Heather Piwowar", paper.Authors[0].Name);

        Affiliation first = Assert.Single(paper.Authors[0].Affiliations);
        Assert.Equal("Impactstory, Sanford, NC, USA", first.Text);
        Assert.Equal([new CountryCode("US")], first.Countries);
        Assert.Equal(["05ppvf150"], first.RorIds);

        Author lariviere = paper.Authors.Single(a => a.Name.StartsWith("Vincent", StringComparison.Ordinal));
        Assert.Equal(2, lariviere.Affiliations.Count);
        Assert.All(lariviere.Affiliations, a => Assert.Equal([new CountryCode("CA")], a.Countries));
        Assert.Equal(["0161xgx34", "002rjbv21"], lariviere.Affiliations.SelectMany(a => a.RorIds));

        Author alperin = paper.Authors.Single(a => a.Name.StartsWith("Juan Pablo", StringComparison.Ordinal));
        Assert.Equal(
            [("CA", "0213rcc28"), ("", "05ek4tb53")],
            alperin.Affiliations.Select(a => (string.Join(',', a.Countries), string.Join(',', a.RorIds))));
    }

    [Theory]
    [InlineData("openalexPro_works_page_chunk1.json")]
    [InlineData("openalexPro_works_page_chunk2.json")]
    [InlineData("openalexPro_works_page_chunk3.json")]
    [InlineData("openalexPro_works_page_chunk4.json")]
    public void Every_author_keeps_the_countries_openalex_gives_for_the_authorship(string file)
    {
        string path = SharedData.Require("openalex/" + file);
        Reading reading = Read(file);
        using JsonDocument page = JsonDocument.Parse(File.ReadAllBytes(path));

        JsonElement[] works = [.. page.RootElement.GetProperty("results").EnumerateArray()];
        Assert.Equal(works.Length, reading.Papers.Count);
        for (int w = 0; w < works.Length; w++)
        {
            JsonElement[] authorships = [.. works[w].GetProperty("authorships").EnumerateArray()];
            Paper paper = reading.Papers[w];
            Assert.Equal(authorships.Length, paper.Authors.Count);
            for (int a = 0; a < authorships.Length; a++)
            {
                string[] expected = [.. authorships[a].GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).Distinct().Order(StringComparer.Ordinal)];
                string[] actual = [.. paper.Authors[a].Affiliations.SelectMany(f => f.Countries).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal)];
                Assert.Equal(expected, actual);
            }
        }
    }
}
