using System.Text;

using Aici.Core.Domain;
using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>Snapshot-style JSON lines: one work per line, plain or gzipped.</summary>
public sealed class OpenAlexJsonLinesTests
{
    private static readonly string Lines = string.Join('\n',
        OpenAlexSamples.ShadowWork,
        OpenAlexSamples.Minimal("W4000000002", "Second Work"),
        "",
        OpenAlexSamples.With("W4000000003", "Third Work", "\"publication_year\": 2019")) + "\n";

    [Fact]
    public void Each_line_is_one_work_at_its_line()
    {
        using var dir = new TempDirectory();

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.Write("works.jsonl", Lines)));

        Assert.Equal(["W4000000001", "W4000000002", "W4000000003"], reading.Papers.Select(p => p.Id));
        Assert.Equal([1L, 2L, 4L], reading.Papers.Select(p => p.Location.Line));
        Assert.Empty(reading.Errors);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void Gzipped_lines_read_the_same_whatever_the_name()
    {
        using var dir = new TempDirectory();
        Reading plain = Reading.Of(new OpenAlexWorksReader(dir.Write("works.jsonl", Lines)));

        Reading named = Reading.Of(new OpenAlexWorksReader(dir.WriteGzip("works.jsonl.gz", Lines)));
        Reading unnamed = Reading.Of(new OpenAlexWorksReader(dir.WriteGzip("part_000", Lines)));

        Assert.Equal(plain.Papers.Select(p => (p.Key, p.Title)), named.Papers.Select(p => (p.Key, p.Title)));
        Assert.Equal(plain.Papers.Select(p => (p.Key, p.Title)), unnamed.Papers.Select(p => (p.Key, p.Title)));
    }

    [Fact]
    public void A_bad_line_is_an_error_and_the_next_lines_are_read()
    {
        using var dir = new TempDirectory();
        string text = OpenAlexSamples.Minimal("W1", "One") + "\n"
            + "{\"id\": \"https://openalex.org/W2\", \"title\": \"Two\"\n"
            + OpenAlexSamples.With("W3", "Three", "\"x\": 1} trailing") + "\n"
            + "{\"id\": \"https://openalex.org/W4\"}\n"
            + OpenAlexSamples.Institution.ReplaceLineEndings(" ") + "\n"
            + OpenAlexSamples.Minimal("W5", "Five");

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.Write("works.jsonl", text)));

        Assert.Equal(["W1", "W5"], reading.Papers.Select(p => p.Id));
        Assert.Equal(
            [(2L, "json"), (3L, "json"), (4L, "title")],
            reading.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal((5L, "not an OpenAlex work (institution record): skipped"), (Assert.Single(reading.Warnings).Line, reading.Warnings[0].Reason));
    }

    [Fact]
    public void A_broken_first_line_is_reported_and_the_rest_is_still_read_as_lines()
    {
        using var dir = new TempDirectory();
        string text = "{\"id\": \"https://openalex.org/W1\",, \"title\": \"One\"}\n" + OpenAlexSamples.Minimal("W2", "Two") + "\n";

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.Write("works.jsonl", text)));

        Assert.Equal("W2", Assert.Single(reading.Papers).Id);
        Assert.Equal((1L, "json"), (Assert.Single(reading.Errors).Line, reading.Errors[0].Field));
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_complete_lines()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder();
        for (int i = 1; i <= 200; i++)
        {
            text.Append(OpenAlexSamples.With(FormattableString.Invariant($"W{i}"), "Work", "\"publication_year\": 2020")).Append('\n');
        }

        byte[] full = TempDirectory.Gzip(text.ToString());
        string path = dir.WriteBytes("works.jsonl.gz", full[..(full.Length / 2)]);

        Reading reading = Reading.Of(new OpenAlexWorksReader(path));

        Assert.NotEmpty(reading.Papers);
        Assert.True(reading.Papers.Count < 200);
        Diagnostic error = Assert.Single(reading.Errors, e => e.Field == "file");
        Assert.Equal("truncated gzip stream", error.Reason);
    }

    [Fact]
    public void An_empty_file_gives_nothing()
    {
        using var dir = new TempDirectory();

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.Write("empty.jsonl", "\n  \n")));

        Assert.Empty(reading.Papers);
        Assert.Empty(reading.Errors);
    }

    [Fact]
    public void A_page_per_line_gives_the_works_of_every_page()
    {
        using var dir = new TempDirectory();
        string text = "{\"results\":[" + OpenAlexSamples.Minimal("W1", "One") + "]}\n{\"results\":[" + OpenAlexSamples.Minimal("W2", "Two") + "]}\n";

        Reading reading = Reading.Of(new OpenAlexWorksReader(dir.Write("pages.jsonl", text)));

        Assert.Equal([("W1", 1L), ("W2", 2L)], reading.Papers.Select(p => (p.Id, p.Location.Line)));
    }
}
