using Aici.Core.Domain;
using Aici.Sources.Papers;

namespace Aici.Sources.Tests;

public sealed class PapersJsonLinesReaderTests
{
    private static readonly CountryCode TR = new("TR");
    private static readonly CountryCode HK = new("HK");

    private static Reading Sample() => Reading.Of(new PapersJsonLinesReader(Fixtures.Path("papers_sample.jsonl")));

    [Fact]
    public void Reads_every_record()
    {
        var reader = new PapersJsonLinesReader(Fixtures.Path("papers_sample.jsonl"));
        Reading reading = Reading.Of(reader);

        Assert.Equal("papers", reader.Format);
        Assert.Equal(4, reading.Papers.Count);
        Assert.Empty(reading.Errors);
        Assert.All(reading.Papers, p => Assert.Equal("papers", p.Source));
    }

    [Fact]
    public void Parses_fields_and_keys_a_paper_with_an_arxiv_id_by_that_id()
    {
        Paper paper = Sample().Papers[0];

        Assert.Equal("arxiv:2305.04321", paper.Key);
        Assert.Equal("2305.04321", paper.ArxivId);
        Assert.Equal("conf2023:101", paper.Id);
        Assert.Equal("Neural Shadow Puppetry", paper.Title);
        Assert.Equal("We animate shadow puppets from scripts.", paper.Abstract);
        Assert.Equal(2023, paper.Year);
        Assert.Equal("ExampleConf", paper.Venue);
        Assert.Equal("10.5555/shadow.101", paper.Doi);
        Assert.Empty(paper.Categories);
        Assert.Null(paper.Submitted);
        Assert.Equal(1, paper.Location.Line);
    }

    [Fact]
    public void Affiliations_align_with_authors_and_countries_become_codes()
    {
        Paper paper = Sample().Papers[0];

        Assert.Equal(["Ayşe Yılmaz", "Wing Chan", "Jane Doe"], paper.Authors.Select(a => a.Name));
        Affiliation istanbul = Assert.Single(paper.Authors[0].Affiliations);
        Assert.Equal("Bosphorus Institute of Arts", istanbul.Text);
        Assert.Equal([TR], istanbul.Countries);
        Assert.Equal(["Harbour University", "Kowloon Media Lab"], paper.Authors[1].Affiliations.Select(a => a.Text));
        Assert.All(paper.Authors[1].Affiliations, a => Assert.Equal([HK], a.Countries));
        Assert.Empty(paper.Authors[2].Affiliations);
    }

    [Fact]
    public void Paper_countries_are_codes_and_unknown_is_ignored_silently()
    {
        Reading reading = Sample();

        Assert.Equal([TR, HK], reading.Papers[0].Countries);
        Assert.DoesNotContain(reading.Warnings, w => w.Line == 1);
    }

    [Fact]
    public void A_paper_without_arxiv_id_is_keyed_by_its_own_id_and_a_single_author_string_is_one_name()
    {
        Paper paper = Sample().Papers[1];

        Assert.Equal("papers:conf2019:7", paper.Key);
        Assert.Null(paper.ArxivId);
        Assert.Null(paper.Abstract);
        Author author = Assert.Single(paper.Authors);
        Assert.Equal("Maria Rossi", author.Name);
    }

    [Fact]
    public void More_affiliations_than_country_names_give_each_affiliation_the_authors_countries()
    {
        Paper paper = Sample().Papers[1];

        Assert.Equal(["Milan Dance Academy", "Turin Robotics Lab"], paper.Authors[0].Affiliations.Select(a => a.Text));
        Assert.All(paper.Authors[0].Affiliations, a => Assert.Equal([new CountryCode("IT")], a.Countries));
    }

    [Fact]
    public void Unknown_country_names_are_warnings_and_the_record_is_kept()
    {
        Reading reading = Sample();
        Paper paper = reading.Papers[2];

        Assert.Equal(2021, paper.Year);
        Assert.Equal([new CountryCode("GH")], paper.Countries);
        Assert.Equal([new CountryCode("GH")], paper.Authors[0].Affiliations[0].Countries);
        Assert.Empty(paper.Authors[1].Affiliations[0].Countries);

        Diagnostic[] warnings = [.. reading.Warnings.Where(w => w.Line == 3)];
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, w => w.Field == "affiliations[1].country" && w.Reason == "unknown country 'Atlantis'");
        Assert.Contains(warnings, w => w.Field == "countries" && w.Reason == "unknown country 'Narnia'");
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
    }

    [Fact]
    public void A_year_that_is_not_an_integer_is_a_warning_and_no_year()
    {
        Reading reading = Sample();
        Paper paper = reading.Papers[3];

        Assert.Null(paper.Year);
        Assert.Null(paper.Venue);
        Assert.Empty(paper.Authors);
        Diagnostic warning = Assert.Single(reading.Warnings, w => w.Line == 4);
        Assert.Equal(("year", "not an integer: 2020.5"), (warning.Field, warning.Reason));
    }

    [Fact]
    public void Bad_lines_are_rejected_and_good_ones_kept()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.jsonl", string.Join('\n',
            """{"source": "s", "id": "a:1", "title": "Kept", "abstract": null, "year": 2020, "venue": "V", "authors": []}""",
            """{"source": "s", "id": "a:2", "title": null, "abstract": null, "year": 2020, "venue": "V", "authors": []}""",
            """{"source": "s", "id": null, "title": "No id", "abstract": null, "year": 2020, "venue": "V", "authors": []}""",
            """{"source": "s", "id": "a:4", "title": "Broken", """,
            """{"source": "s", "id": 5, "title": "Numeric id", "abstract": null, "year": 2021, "venue": "V", "authors": ["X"]}"""));

        Reading reading = Reading.Of(new PapersJsonLinesReader(path));

        Assert.Equal(["papers:a:1", "papers:5"], reading.Papers.Select(p => p.Key));
        Assert.Equal([(2L, "title", "missing title"), (3L, "id", "missing id")], reading.Errors.Take(2).Select(e => (e.Line, e.Field, e.Reason)));
        Assert.Equal((4L, "json"), (reading.Errors[2].Line, reading.Errors[2].Field));
        Assert.StartsWith("invalid JSON: ", reading.Errors[2].Reason, StringComparison.Ordinal);

        // System.Text.Json's own position tail is replaced by the byte of the line where reading stopped
        Assert.DoesNotContain("LineNumber", reading.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Matches(@" \(at byte [1-9][0-9]*\)$", reading.Errors[2].Reason);
    }

    [Fact]
    public void Extra_affiliation_entries_keep_their_countries_for_the_paper()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("extra.jsonl",
            """{"id": "x:1", "title": "T", "authors": ["Only One"], "affiliations": [{"affiliation": ["A"], "country": ["France"]}, {"affiliation": ["B"], "country": ["Japan"]}]}""" + "\n");

        Reading reading = Reading.Of(new PapersJsonLinesReader(path));

        Paper paper = Assert.Single(reading.Papers);
        Assert.Equal([new CountryCode("JP")], paper.Countries);
        Assert.Equal("affiliations", Assert.Single(reading.Warnings).Field);
    }

    [Fact]
    public void Categories_may_be_given_as_a_list()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("cats.jsonl", """{"id": "x:1", "title": "T", "categories": ["cs.SD", "eess.AS", "cs.SD"]}""" + "\n");

        Paper paper = Assert.Single(Reading.Of(new PapersJsonLinesReader(path)).Papers);

        Assert.Equal(["cs.SD", "eess.AS"], paper.Categories);
    }

    [Fact]
    public void Reads_gzip()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteGzip("sample.jsonl.gz", File.ReadAllText(Fixtures.Path("papers_sample.jsonl")));

        Reading reading = Reading.Of(new PapersJsonLinesReader(path));

        Assert.Equal(4, reading.Papers.Count);
        Assert.Empty(reading.Errors);
    }
}
