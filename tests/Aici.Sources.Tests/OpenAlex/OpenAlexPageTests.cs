using Aici.Core.Domain;
using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>API pages, single records and their errors.</summary>
public sealed class OpenAlexPageTests
{
    private static Reading Read(TempDirectory dir, string name, string text) =>
        Reading.Of(new OpenAlexWorksReader(dir.Write(name, text)));

    [Fact]
    public void A_page_keeps_its_good_works_and_rejects_the_one_without_title_at_its_line()
    {
        using var dir = new TempDirectory();

        Reading reading = Read(dir, "page.json", OpenAlexSamples.ThreeWorkPage);

        Assert.Equal(["W4000000011", "W4000000013"], reading.Papers.Select(p => p.Id));
        Assert.Equal([5L, 8L], reading.Papers.Select(p => p.Location.Line));
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal((6L, "title", "missing title"), (error.Line, error.Field, error.Reason));
        Assert.EndsWith("page.json", error.File, StringComparison.Ordinal);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void Works_of_a_page_are_openalex_papers()
    {
        using var dir = new TempDirectory();
        var reader = new OpenAlexWorksReader(dir.Write("page.json", OpenAlexSamples.ThreeWorkPage));

        Paper paper = Reading.Of(reader).Papers[0];

        Assert.Equal("openalex", reader.Format);
        Assert.Equal("openalex", paper.Source);
        Assert.Equal("openalex:W4000000011", paper.Key);
        Assert.Equal("Generative Choreography", paper.Title);
        Assert.Equal(2021, paper.Year);
    }

    [Fact]
    public void A_compact_page_on_one_line_reads_the_same_with_every_work_on_line_1()
    {
        using var dir = new TempDirectory();
        string page = "{\"meta\":{\"count\":2},\"results\":[" + OpenAlexSamples.Minimal("W1", "One") + ","
            + OpenAlexSamples.Minimal("W2", "Two") + "],\"group_by\":[]}\n";

        Reading reading = Read(dir, "page.json", page);

        Assert.Equal(["W1", "W2"], reading.Papers.Select(p => p.Id));
        Assert.All(reading.Papers, p => Assert.Equal(1, p.Location.Line));
        Assert.Empty(reading.Errors);
    }

    [Fact]
    public void A_gzipped_page_is_read()
    {
        using var dir = new TempDirectory();

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.WriteGzip("page.json.gz", OpenAlexSamples.ThreeWorkPage)));

        Assert.Equal(2, reading.Papers.Count);
        Assert.Equal(6, Assert.Single(reading.Errors).Line);
    }

    [Fact]
    public void A_file_holding_one_work_gives_that_work()
    {
        using var dir = new TempDirectory();

        Reading reading = Read(dir, "W4000000001.json", OpenAlexSamples.ShadowWork);

        Paper paper = Assert.Single(reading.Papers);
        Assert.Equal("W4000000001", paper.Id);
        Assert.Equal(1, paper.Location.Line);
        Assert.Empty(reading.Errors);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void A_pretty_printed_single_work_is_read_whole()
    {
        using var dir = new TempDirectory();
        string work = "{\n  \"title\": \"Pretty\",\n  \"id\": \"https://openalex.org/W7\"\n}\n";

        Paper paper = Assert.Single(Read(dir, "work.json", work).Papers);

        Assert.Equal(("W7", "Pretty", 1L), (paper.Id, paper.Title, paper.Location.Line));
    }

    [Fact]
    public void An_institution_record_is_one_warning_and_no_paper()
    {
        using var dir = new TempDirectory();

        Reading reading = Read(dir, "I5000000001.json", OpenAlexSamples.Institution);

        Assert.Empty(reading.Papers);
        Assert.Empty(reading.Errors);
        Diagnostic warning = Assert.Single(reading.Warnings);
        Assert.Equal((1L, "record", "not an OpenAlex work (institution record): skipped"), (warning.Line, warning.Field, warning.Reason));
    }

    [Fact]
    public void Invalid_json_in_a_page_is_one_error_at_its_line_and_the_works_before_are_kept()
    {
        using var dir = new TempDirectory();
        string page = """
            {
              "meta": {"count": 3},
              "results": [
                {"id": "https://openalex.org/W1", "title": "One"},
                {"id": "https://openalex.org/W2", "title": "Two"},
                {"id": "https://openalex.org/W3", "title": "Three" "year": 2020},
                {"id": "https://openalex.org/W4", "title": "Four"}
              ]
            }
            """;

        Reading reading = Read(dir, "page.json", page);

        Assert.Equal(["W1", "W2"], reading.Papers.Select(p => p.Id));
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal((6L, "json"), (error.Line, error.Field));
        Assert.StartsWith("invalid JSON: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_cut_short_is_an_error_at_the_end_and_keeps_what_came_before()
    {
        using var dir = new TempDirectory();
        string page = "{\n\"results\": [\n" + OpenAlexSamples.Minimal("W1", "One") + ",\n{\"id\": \"https://openalex.org/W2\", \"ti";

        Reading reading = Read(dir, "page.json", page);

        Assert.Equal("W1", Assert.Single(reading.Papers).Id);
        Assert.Equal((4L, "json"), (Assert.Single(reading.Errors).Line, reading.Errors[0].Field));
    }

    [Fact]
    public void A_truncated_gzipped_page_is_a_file_error_and_keeps_the_works_read()
    {
        using var dir = new TempDirectory();
        byte[] full = TempDirectory.Gzip(OpenAlexSamples.ThreeWorkPage);
        string path = dir.WriteBytes("page.json.gz", full[..^12]);

        Reading reading = Reading.Of(new OpenAlexWorksReader(path));

        Diagnostic fileError = Assert.Single(reading.Errors, e => e.Field == "file");
        Assert.Equal("truncated gzip stream", fileError.Reason);
        Assert.DoesNotContain(reading.Errors, e => e.Field == "json");
    }

    [Fact]
    public void Bad_members_of_results_are_errors_for_themselves()
    {
        using var dir = new TempDirectory();
        string page = "{\"results\": [\n" + OpenAlexSamples.Minimal("W1", "One") + ",\nnull,\n42,\n"
            + "{\"title\": \"No id\"},\n{\"id\": 7, \"title\": \"Numeric id\"},\n"
            + "{\"id\": \"https://openalex.org/A77\", \"title\": \"An author id\"},\n"
            + "{\"id\": \"https://openalex.org/W2\", \"title\": 12},\n"
            + OpenAlexSamples.Minimal("W3", "Three") + "\n]}";

        Reading reading = Read(dir, "page.json", page);

        Assert.Equal(["W1", "W3"], reading.Papers.Select(p => p.Id));
        Assert.Equal(
            [
                (3L, "record", "expected a JSON object, found null"),
                (4L, "record", "expected a JSON object, found a number"),
                (5L, "id", "missing id"),
                (6L, "id", "expected a string, found a number"),
                (7L, "id", "not an OpenAlex work id: 'https://openalex.org/A77'"),
                (8L, "title", "expected a string, found a number"),
            ],
            reading.Errors.Select(e => (e.Line, e.Field, e.Reason)));
    }

    [Fact]
    public void A_work_with_invalid_utf8_is_rejected_alone()
    {
        using var dir = new TempDirectory();
        byte[] head = "{\"results\": [\n{\"id\": \"https://openalex.org/W1\", \"title\": \"Bad "u8.ToArray();
        byte[] tail = "\", \"authorships\": [{\"author\": {\"display_name\": \"X\"}}]},\n{\"id\": \"https://openalex.org/W2\", \"title\": \"Good\"}\n]}"u8.ToArray();
        string path = dir.WriteBytes("page.json", [.. head, 0xC3, 0x28, .. tail]);

        Reading reading = Reading.Of(new OpenAlexWorksReader(path));

        Assert.Equal("W2", Assert.Single(reading.Papers).Id);
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal((2L, "json"), (error.Line, error.Field));
    }

    [Fact]
    public void A_top_level_value_that_is_not_an_object_is_an_error()
    {
        using var dir = new TempDirectory();

        Reading reading = Read(dir, "list.json", "[\n" + OpenAlexSamples.Minimal("W1", "One") + "\n]\n");

        Assert.Empty(reading.Papers);
        Assert.Equal(("record", "expected a JSON object, found an array"), (Assert.Single(reading.Errors).Field, reading.Errors[0].Reason));
    }

    [Fact]
    public void Results_that_are_not_an_array_is_an_error()
    {
        using var dir = new TempDirectory();

        Reading reading = Read(dir, "page.json", "{\n\"meta\": {},\n\"results\": {\"id\": \"W1\"}\n}\n");

        Assert.Empty(reading.Papers);
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal((3L, "results", "expected an array, found an object"), (error.Line, error.Field, error.Reason));
    }
}
