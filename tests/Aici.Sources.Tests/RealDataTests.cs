using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Papers;
using Aici.Tests;

namespace Aici.Sources.Tests;

/// <summary>The readers over the real files in ../shared/data (skipped when absent). Counts are those of SOURCES.md.</summary>
public sealed class RealDataTests
{
    private static readonly string[] ConvertedKaggleFiles =
    [
        "arxiv_daily_dwdengwei_2025-2026_part01.jsonl",
        "arxiv_daily_dwdengwei_2025-2026_part02.jsonl",
        "arxiv_daily_dwdengwei_2025-2026_part03.jsonl",
        "arxiv_daily_linyueqian_media_2025_part01.jsonl",
        "arxiv_daily_linyueqian_media_2025_part02.jsonl",
        "hotpapers_gatsby_2020-2022_part01.jsonl",
        "hotpapers_gatsby_2020-2022_part02.jsonl",
        "textgen_arnicas_part01.jsonl",
        "textgen_arnicas_part02.jsonl",
    ];

    [Theory]
    [InlineData("arxiv_daily_dwdengwei_2025-2026_part01.jsonl", 1871)]
    [InlineData("arxiv_daily_dwdengwei_2025-2026_part02.jsonl", 1841)]
    [InlineData("arxiv_daily_dwdengwei_2025-2026_part03.jsonl", 798)]
    [InlineData("arxiv_daily_linyueqian_media_2025_part01.jsonl", 1963)]
    [InlineData("arxiv_daily_linyueqian_media_2025_part02.jsonl", 11)]
    [InlineData("hotpapers_gatsby_2020-2022_part01.jsonl", 2120)]
    [InlineData("hotpapers_gatsby_2020-2022_part02.jsonl", 1223)]
    [InlineData("textgen_arnicas_part01.jsonl", 2025)]
    [InlineData("textgen_arnicas_part02.jsonl", 839)]
    [InlineData("kaggle_snapshot_head_0704.jsonl", 200)]
    [InlineData("unarxive_2212_086_kaggle_metadata.jsonl", 49)]
    public void Every_kaggle_layout_file_parses_without_diagnostics(string file, int records)
    {
        Reading reading = Reading.Of(new KaggleSnapshotReader(SharedData.Require("arxiv/" + file)));

        Assert.Empty(reading.Errors);
        Assert.Empty(reading.Warnings);
        Assert.Equal(records, reading.Papers.Count);
        Assert.Equal(records, reading.Papers.Select(p => p.Key).Distinct().Count());
        Assert.All(reading.Papers, p => Assert.NotNull(p.Year));
        Assert.All(reading.Papers, p => Assert.NotEmpty(p.Authors));
    }

    [Fact]
    public void The_converted_kaggle_files_hold_12691_records()
    {
        int total = ConvertedKaggleFiles.Sum(file => Reading.Of(new KaggleSnapshotReader(SharedData.Require("arxiv/" + file))).Papers.Count);

        Assert.Equal(12_691, total);
    }

    [Fact]
    public void The_kaggle_snapshot_head_has_dates_categories_and_affiliations()
    {
        Reading reading = Reading.Of(new KaggleSnapshotReader(SharedData.Require("arxiv/kaggle_snapshot_head_0704.jsonl")));

        Assert.All(reading.Papers, p => Assert.Equal(2007, p.Submitted?.Year));
        Assert.All(reading.Papers, p => Assert.NotNull(p.Updated));
        Assert.All(reading.Papers, p => Assert.NotEmpty(p.Categories));
        Assert.Contains(reading.Papers, p => p.Authors.Any(a => a.Affiliations.Count > 0));
        Assert.Equal(117, reading.Papers.Count(p => p.Doi is not null));
    }

    [Theory]
    [InlineData("arxiv_api_atom_q-testing_100.xml", 100)]
    [InlineData("arxiv_api_atom_id_1707.08567.xml", 1)]
    [InlineData("arxiv_api_atom_au_del_maestro_legacy.xml", 10)]
    public void Every_atom_feed_parses_without_diagnostics(string file, int entries)
    {
        Reading reading = Reading.Of(new AtomFeedReader(SharedData.Require("arxiv/" + file)));

        Assert.Empty(reading.Errors);
        Assert.Empty(reading.Warnings);
        Assert.Equal(entries, reading.Papers.Count);
        Assert.All(reading.Papers, p => Assert.NotNull(p.Submitted));
        Assert.All(reading.Papers, p => Assert.NotEmpty(p.Categories));
        Assert.All(reading.Papers, p => Assert.NotEmpty(p.Authors));
        Assert.All(reading.Papers, p => Assert.True(ArxivIds.IsWellFormed(p.Id), p.Id));
    }

    [Fact]
    public void The_2026_feed_carries_affiliations_and_dois()
    {
        Reading reading = Reading.Of(new AtomFeedReader(SharedData.Require("arxiv/arxiv_api_atom_q-testing_100.xml")));

        Assert.Contains(reading.Papers, p => p.Authors.Any(a => a.Affiliations.Count > 0));
        Assert.Contains(reading.Papers, p => p.Doi is not null);
    }

    [Fact]
    public void The_arxiv_folder_expands_to_the_fourteen_arxiv_inputs()
    {
        string folder = SharedData.Require("arxiv");

        IReadOnlyList<SourceFile> files = InputFiles.Expand([folder], InputOption.Arxiv);

        Assert.Equal(11, files.Count(f => f.Format == KaggleSnapshotReader.FormatName));
        Assert.Equal(3, files.Count(f => f.Format == AtomFeedReader.FormatName));
        Assert.DoesNotContain(files, f => f.Path.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_papers_folder_gives_29266_records()
    {
        string folder = SharedData.Require("papers");
        IReadOnlyList<IPaperSource> sources = InputFiles.Papers([folder]);

        Reading[] readings = [.. sources.Select(Reading.Of)];
        List<Paper> papers = [.. readings.SelectMany(r => r.Papers)];
        List<Diagnostic> errors = [.. readings.SelectMany(r => r.Errors)];

        Assert.Equal(31, sources.Count);
        Assert.Equal(29_266, papers.Count + errors.Count);
        Assert.Empty(readings.SelectMany(r => r.Warnings));

        // SIGGRAPH Asia 2021 lists 88 talks with no title at all in the source: they cannot be papers.
        Assert.Equal(88, errors.Count);
        Assert.All(errors, e => Assert.Equal(("title", "missing title"), (e.Field, e.Reason)));
        Assert.All(errors, e => Assert.EndsWith("papercopilot_siggraphasia.jsonl", e.File, StringComparison.Ordinal));

        Assert.Equal(1_828, papers.Count(p => p.ArxivId is not null));
        // 13,130 records list countries; for 5 of them the only name is "Unknown", which is no country.
        Assert.Equal(13_125, papers.Count(p => p.Countries.Count > 0));
        Assert.All(papers, p => Assert.NotNull(p.Year));
    }
}
