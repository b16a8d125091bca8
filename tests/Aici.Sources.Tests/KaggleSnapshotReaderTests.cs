using Aici.Core.Domain;
using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class KaggleSnapshotReaderTests
{
    private static Reading Sample() => Reading.Of(new KaggleSnapshotReader(Fixtures.Path("kaggle_sample.jsonl")));

    [Fact]
    public void Reads_every_record_and_names_its_format()
    {
        var reader = new KaggleSnapshotReader(Fixtures.Path("kaggle_sample.jsonl"));
        Reading reading = Reading.Of(reader);

        Assert.Equal("arxiv-kaggle", reader.Format);
        Assert.Equal(4, reading.Papers.Count);
        Assert.Empty(reading.Errors);
        Assert.All(reading.Papers, p => Assert.Equal("arxiv", p.Source));
    }

    [Fact]
    public void Parses_the_fields_of_a_full_record()
    {
        Paper paper = Sample().Paper("arxiv:2403.01234");

        Assert.Equal("2403.01234", paper.Id);
        Assert.Equal("2403.01234", paper.ArxivId);
        Assert.Equal("Composing Folk Tunes with\n  Diffusion Models", paper.Title);
        Assert.Equal("  We train a model that writes jigs and reels.\n", paper.Abstract);
        Assert.Equal(["cs.SD", "eess.AS", "cs.LG"], paper.Categories);
        Assert.Equal(new DateOnly(2024, 3, 2), paper.Submitted);
        Assert.Equal(2024, paper.Year);
        Assert.Equal(new DateOnly(2024, 4, 16), paper.Updated);
        Assert.Equal("v2", paper.Version);
        Assert.Equal("10.1234/example.5678", paper.Doi);
        Assert.Equal(1, paper.Location.Line);
        Assert.EndsWith("kaggle_sample.jsonl", paper.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_come_from_authors_parsed_with_suffix_and_affiliation()
    {
        Paper paper = Sample().Paper("arxiv:2403.01234");

        Assert.Equal(["Ada Lovelace", "Charles Babbage Jr", "Mary Somerville"], paper.Authors.Select(a => a.Name));
        Affiliation affiliation = Assert.Single(paper.Authors[0].Affiliations);
        Assert.Equal("Analytical Engine Society, London", affiliation.Text);
        Assert.Empty(affiliation.Countries);
        Assert.Empty(paper.Authors[1].Affiliations);
    }

    [Fact]
    public void Authors_string_is_split_when_authors_parsed_is_null()
    {
        Paper paper = Sample().Paper("arxiv:cs/9912003");

        Assert.Equal(["A. Painter", "B. Sculptor", "C. Potter"], paper.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Year_comes_from_an_old_style_id_when_versions_is_null()
    {
        Paper paper = Sample().Paper("arxiv:cs/9912003");

        Assert.Equal(1999, paper.Year);
        Assert.Null(paper.Submitted);
        Assert.Null(paper.Updated);
        Assert.Equal(["cs.AI", "cs.GR"], paper.Categories);
    }

    [Fact]
    public void Year_comes_from_a_new_style_id_and_null_fields_stay_empty()
    {
        Paper paper = Sample().Paper("arxiv:1501.00042");

        Assert.Equal(2015, paper.Year);
        Assert.Empty(paper.Categories);
        Assert.Null(paper.Abstract);
        Assert.Null(paper.Doi);
        Assert.Equal("A Corpus of Café Menus and the \"Poetry\" of Prices", paper.Title);
    }

    [Fact]
    public void Unreadable_dates_are_warnings_and_the_year_falls_back_to_the_id()
    {
        Reading reading = Sample();
        Paper paper = reading.Paper("arxiv:2112.05555");

        Assert.Equal(2021, paper.Year);
        Assert.Null(paper.Submitted);
        Assert.Null(paper.Updated);
        Assert.Equal(5, paper.Location.Line);
        Assert.Equal(2, reading.Warnings.Count);
        Assert.All(reading.Warnings, w => Assert.Equal(5, w.Line));
        Assert.Contains(reading.Warnings, w => w.Field == "versions" && w.Reason.Contains("sometime in December", StringComparison.Ordinal));
        Assert.Contains(reading.Warnings, w => w.Field == "update_date" && w.Reason.Contains("2021-13-45", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_warning_rides_with_its_paper()
    {
        List<ReadItem> items = [.. new KaggleSnapshotReader(Fixtures.Path("kaggle_sample.jsonl")).Read(TestContext.Current.CancellationToken)];

        ReadItem withWarning = Assert.Single(items, i => i.Paper is not null && i.Diagnostic is not null);
        Assert.Equal("arxiv:2112.05555", withWarning.Paper!.Key);
        Assert.Equal(DiagnosticSeverity.Warning, withWarning.Diagnostic!.Severity);
    }

    [Fact]
    public void Reads_a_gzipped_file_whatever_its_name()
    {
        using var dir = new TempDirectory();
        string text = File.ReadAllText(Fixtures.Path("kaggle_sample.jsonl"));
        string named = dir.WriteGzip("sample.jsonl.gz", text);
        string unnamed = dir.WriteGzip("sample.jsonl", text);

        Reading byName = Reading.Of(new KaggleSnapshotReader(named));
        Reading byMagic = Reading.Of(new KaggleSnapshotReader(unnamed));

        Assert.Equal(4, byName.Papers.Count);
        Assert.Equal(4, byMagic.Papers.Count);
        Assert.Empty(byName.Errors);
        Assert.Equal(Sample().Papers.Select(p => p.Key), byMagic.Papers.Select(p => p.Key));
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_are_accepted()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("crlf.jsonl", "\uFEFF{\"id\":\"2001.00001\",\"title\":\"One\"}\r\n{\"id\":\"2001.00002\",\"title\":\"Two\"}\r\n");

        Reading reading = Reading.Of(new KaggleSnapshotReader(path));

        Assert.Empty(reading.Errors);
        Assert.Equal(["arxiv:2001.00001", "arxiv:2001.00002"], reading.Papers.Select(p => p.Key));
    }

    [Fact]
    public void A_versioned_id_is_keyed_without_its_version()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("v.jsonl", "{\"id\":\"2001.00001v3\",\"title\":\"Versioned\"}\n");

        Paper paper = Assert.Single(Reading.Of(new KaggleSnapshotReader(path)).Papers);

        Assert.Equal("arxiv:2001.00001", paper.Key);
        Assert.Equal("2001.00001", paper.Id);
    }

    [Fact]
    public void Cancellation_stops_reading()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            new KaggleSnapshotReader(Fixtures.Path("kaggle_sample.jsonl")).Read(cts.Token).ToList());
    }
}
