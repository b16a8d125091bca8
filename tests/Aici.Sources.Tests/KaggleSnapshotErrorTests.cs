using System.Text;

using Aici.Core.Domain;
using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class KaggleSnapshotErrorTests
{
    private static string Record(string id, string title) =>
        $"{{\"id\":\"{id}\",\"authors\":\"Some One\",\"title\":\"{title}\",\"categories\":\"cs.CV\",\"abstract\":\"An abstract.\",\"versions\":null}}";

    [Fact]
    public void Bad_lines_are_reported_with_file_line_and_reason_and_good_records_kept()
    {
        using var dir = new TempDirectory();
        string text = string.Join('\n',
            Record("2101.00001", "Good one"),                       // 1
            "{\"id\":\"2101.00002\",\"title\":\"Broken\",,}",        // 2 invalid JSON
            Record("2101.00003", "Good two"),                       // 3
            "{\"id\":\"2101.00004\",\"abstract\":\"No title\"}",     // 4 missing title
            "",                                                     // 5 blank
            Record("2101.00005", "Good three"),                     // 6
            "{\"id\":\"\",\"title\":\"Empty id\"}",                  // 7 empty id
            "{\"title\":\"No id\"}",                                // 8 missing id
            Record("2101.00006", "Good four"),                      // 9
            "{\"id\":\"2101.00007\",\"title\":\"Cut off mid-")     // 10 truncated last line, no newline
            + string.Empty;
        string path = dir.Write("mixed.jsonl", text);

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Equal(["arxiv:2101.00001", "arxiv:2101.00003", "arxiv:2101.00005", "arxiv:2101.00006"], reading.Papers.Select(p => p.Key));
        Assert.Equal([2L, 4L, 7L, 8L, 10L], reading.Errors.Select(e => e.Line));
        Assert.All(reading.Errors, e => Assert.Equal(path, e.File));
        Assert.All(reading.Errors, e => Assert.Equal(DiagnosticSeverity.Error, e.Severity));

        Assert.Equal("json", reading.Errors[0].Field);
        Assert.StartsWith("invalid JSON: ", reading.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal(("title", "missing title"), (reading.Errors[1].Field, reading.Errors[1].Reason));
        Assert.Equal(("id", "empty id"), (reading.Errors[2].Field, reading.Errors[2].Reason));
        Assert.Equal(("id", "missing id"), (reading.Errors[3].Field, reading.Errors[3].Reason));
        Assert.Equal("json", reading.Errors[4].Field);
        Assert.StartsWith("invalid JSON: ", reading.Errors[4].Reason, StringComparison.Ordinal);
        Assert.Empty(reading.Warnings);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    public void A_line_that_is_not_an_object_is_rejected(string line)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("odd.jsonl", line + "\n");

        Diagnostic error = Assert.Single(Reading.Of(new KaggleSnapshotReader(path)).Errors);

        Assert.Equal(("record", 1L), (error.Field, error.Line));
    }

    [Fact]
    public void Trailing_garbage_after_the_object_is_invalid_json()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("tail.jsonl", Record("2101.00001", "T") + " x\n");

        Diagnostic error = Assert.Single(Reading.Of(new KaggleSnapshotReader(path)).Errors);

        Assert.StartsWith("invalid JSON: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_the_wrong_type_is_rejected_and_an_optional_field_of_the_wrong_type_warned()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("types.jsonl",
            "{\"id\":\"2101.00001\",\"title\":42}\n{\"id\":\"2101.00002\",\"title\":\"T\",\"doi\":[\"x\"]}\n");

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal(("title", "expected a string, found a number"), (error.Field, error.Reason));
        Diagnostic warning = Assert.Single(reading.Warnings);
        Assert.Equal(("doi", 2L), (warning.Field, warning.Line));
        Assert.Null(Assert.Single(reading.Papers).Doi);
    }

    [Fact]
    public void Invalid_utf8_in_a_kept_field_is_invalid_json()
    {
        using var dir = new TempDirectory();
        byte[] good = Encoding.UTF8.GetBytes(Record("2101.00001", "Fine") + "\n");
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"id\":\"2101.00002\",\"title\":\"Bad "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" bytes\"}\n")];
        string path = dir.WriteBytes("utf8.jsonl", [.. good, .. bad, .. good]);

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Equal(2, reading.Papers.Count);
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal(("json", 2L), (error.Field, error.Line));
        Assert.StartsWith("invalid JSON: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_file_keeps_the_records_before_the_cut()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder();
        for (int i = 1; i <= 2000; i++)
        {
            text.Append(Record($"2101.{i:D5}", $"Paper number {i} about generative art {i * 7919}")).Append('\n');
        }

        byte[] full = TempDirectory.Gzip(text.ToString());
        string path = dir.WriteBytes("cut.jsonl.gz", full[..(full.Length / 2)]);

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal(("file", "truncated gzip stream"), (error.Field, error.Reason));
        Assert.InRange(reading.Papers.Count, 1, 1999);
        Assert.Equal(reading.Papers.Count + 1, error.Line);
        Assert.Equal(Enumerable.Range(1, reading.Papers.Count).Select(i => $"arxiv:2101.{i:D5}"), reading.Papers.Select(p => p.Key));
    }

    [Fact]
    public void A_gzip_file_cut_inside_its_header_gives_only_the_diagnostic()
    {
        using var dir = new TempDirectory();
        byte[] full = TempDirectory.Gzip(Record("2101.00001", "T") + "\n");
        string path = dir.WriteBytes("tiny.jsonl.gz", full[..6]);

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Empty(reading.Papers);
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal(("file", "truncated gzip stream", 1L), (error.Field, error.Reason, error.Line));
    }

    [Fact]
    public void Concatenated_gzip_members_are_read_whole()
    {
        using var dir = new TempDirectory();
        byte[] first = TempDirectory.Gzip(Record("2101.00001", "One") + "\n" + Record("2101.00002", "Two") + "\n");
        byte[] second = TempDirectory.Gzip(Record("2101.00003", "Three") + "\n");
        string path = dir.WriteBytes("members.jsonl.gz", [.. first, .. second]);

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Empty(reading.Errors);
        Assert.Equal(3, reading.Papers.Count);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read()
    {
        using var dir = new TempDirectory();
        string longAbstract = string.Concat(Enumerable.Repeat("A very long abstract about sculpture and light. ", 60_000));
        string text = Record("2101.00001", "Before") + "\n"
            + $"{{\"id\":\"2101.00002\",\"title\":\"Long\",\"abstract\":\"{longAbstract}\"}}\n"
            + Record("2101.00003", "After") + "\n";
        string path = dir.Write("long.jsonl", text);
        Assert.True(new FileInfo(path).Length > 2 * (1 << 20), "the long line must exceed the 1 MiB read buffer");

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Empty(reading.Errors);
        Assert.Equal(3, reading.Papers.Count);
        Assert.Equal(longAbstract, reading.Paper("arxiv:2101.00002").Abstract);
        Assert.Equal(3, reading.Paper("arxiv:2101.00003").Location.Line);
    }

    [Fact]
    public void A_missing_file_is_an_input_exception()
    {
        var reader = new KaggleSnapshotReader("/nonexistent/aici/none.jsonl");

        InputException e = Assert.Throws<InputException>(() => reader.Read(TestContext.Current.CancellationToken).ToList());

        Assert.StartsWith("/nonexistent/aici/none.jsonl: ", e.Message, StringComparison.Ordinal);
    }
}
