using System.Globalization;

using Aici.Cli.Pipeline;
using Aici.Cli.Pipeline.Indicators;
using Aici.Core.Measure;
using Aici.Core.Tests.Indicators;
using Aici.Report;
using Aici.Store;

namespace Aici.Cli.Tests.Indicators;

/// <summary>The indicator stage on the tiny corpus: every table and chart file, with the values worked out by hand.</summary>
public sealed class IndicatorStageTests
{
    // A stricter AI definition under which papers 12 and 13 (GB, 2019) are not AI.
    private static readonly MeasuredPaper[] Strict =
        [.. TinyCorpus.Papers.Select(p => p.Key is "p12" or "p13" ? p with { IsAi = false } : p)];

    private static RunOptions Options(string output, int bootstrap = 50) =>
        new([], [], false, new YearRange(2017, 2019), Counting.Whole, "taxonomy", output)
        {
            GrowthFrom = 2017,
            GrowthTo = 2019,
            GrowthMinimum = 1,
            RcaMinimum = 1,
            Bootstrap = bootstrap,
            Seed = 1,
            AiDefinition = "categories",
        };

    private static IndicatorResults Run(string folder, int bootstrap = 50)
    {
        var outputs = new OutputPaths(folder);
        outputs.Create();
        using PaperStore store = PaperStore.Create(Path.Combine(folder, "store.duckdb"));
        var byDefinition = new Dictionary<string, IReadOnlyList<MeasuredPaper>>(StringComparer.Ordinal)
        {
            ["strict"] = Strict,
            ["categories"] = TinyCorpus.Papers,
        };
        return IndicatorStage.Run(TinyCorpus.Papers, byDefinition, Options(folder, bootstrap), store, outputs).Finish();
    }

    [Fact]
    public void Every_table_is_written_as_csv_and_parquet_with_hand_computed_values()
    {
        using var temp = new TempFolder();
        IndicatorResults results = Run(temp.Path);

        foreach (string table in ReportFiles.Tables)
        {
            Assert.True(File.Exists(temp[$"tables/{table}.csv"]), table + ".csv");
            Assert.True(File.Exists(temp[$"tables/{table}.parquet"]), table + ".parquet");
        }

        // 2017–2019, whole counting. Any: US 7 (2, 3, 5, 8, 9, 14, 18), GB 6 (1, 5, 6, 12, 13, 18), CN 5, FR 2 (17, 18;
        // 10 has no modality); the world 16 (the 17 located AI papers but 10). GB: rank 2, share 6/16 = 37.5%.
        string[] headline = File.ReadAllLines(temp["tables/headline.csv"]);
        Assert.Equal("country,country_name,rank,rank_low,rank_high,image,sound,text,any,any_low,any_high,share_pct,share_low,share_high", headline[0]);
        Assert.Equal(["US", "GB", "CN", "FR", "World"], headline[1..].Select(l => l.Split(',')[0]));
        string[] gb = headline[2].Split(',');
        Assert.Equal(["GB", "United Kingdom", "2"], gb[..3]);
        Assert.Equal(["6", "0", "1", "6"], gb[5..9]);
        Assert.Equal("37.500", gb[11]);
        Assert.True(int.Parse(gb[3], CultureInfo.InvariantCulture) <= 2 && int.Parse(gb[4], CultureInfo.InvariantCulture) >= 2, headline[2]);
        Assert.Equal("World,World,,,,10,3,6,16,16,16,100.000,100.000,100.000", headline[5]);

        // Growth 2017 → 2019: CN 1 → 2, +100%, CAGR 41.421%; GB 2 → 3, +50%; US 3 → 2, −33.333%; the world 5 → 7, +40%.
        string[] growth = File.ReadAllLines(temp["tables/growth.csv"]);
        Assert.Equal("country,country_name,start_year,end_year,papers_start,papers_end,pct_change,pct_change_low,pct_change_high,cagr_pct,cagr_low,cagr_high", growth[0]);
        Assert.StartsWith("CN,China,2017,2019,1,2,100.000,", growth[1], StringComparison.Ordinal);
        Assert.Equal("41.421", growth[1].Split(',')[9]);
        Assert.StartsWith("GB,United Kingdom,2017,2019,2,3,50.000,", growth[2], StringComparison.Ordinal);
        Assert.StartsWith("US,United States,2017,2019,3,2,-33.333,", growth[3], StringComparison.Ordinal);
        Assert.StartsWith("World,World,2017,2019,5,7,40.000,", growth[4], StringComparison.Ordinal);

        // RCA 2017–2019: GB in GANs (3/6) / (5/17) = 1.7; FR in style transfer (1/3) / (3/17) = 1.8889.
        string[] rca = File.ReadAllLines(temp["tables/specialisation.csv"]);
        Assert.Equal("label,country,country_name,country_label_papers,country_ai_papers,world_label_papers,world_ai_papers,rca,rca_low,rca_high", rca[0]);
        Assert.StartsWith("gan,GB,United Kingdom,3,6,5,17,1.7000,", rca[1], StringComparison.Ordinal);
        Assert.Contains(rca, l => l.StartsWith("style_transfer,FR,France,1,3,3,17,1.8889,", StringComparison.Ordinal));

        // Yearly counts (all years): GB 2016 → 1 (paper 20); the world 2019 → 7.
        string[] yearly = File.ReadAllLines(temp["tables/yearly.csv"]);
        Assert.Equal("country,country_name,year,papers", yearly[0]);
        Assert.Contains("GB,United Kingdom,2016,1", yearly);
        Assert.Contains("World,World,2019,7", yearly);

        // Sensitivity: the run's definition first. Strict drops GB's papers 12 and 13: GB 4 (rank 3), CN 5 (rank 2).
        string[] sensitivity = File.ReadAllLines(temp["tables/sensitivity.csv"]);
        Assert.Equal("country,country_name,rank_categories,any_categories,rank_strict,any_strict,rank_changes", sensitivity[0]);
        Assert.Equal("US,United States,1,7,1,7,false", sensitivity[1]);
        Assert.Equal("GB,United Kingdom,2,6,3,4,true", sensitivity[2]);
        Assert.Equal("CN,China,3,5,2,5,true", sensitivity[3]);
        Assert.Equal(["GB", "CN"], results.Sensitivity.Changing(10));

        // Parquet holds the same rows, typed.
        using PaperStore store = PaperStore.Open(Path.Combine(temp.Path, "store.duckdb"));
        Assert.Equal(5, store.Scalar($"SELECT count(*) FROM read_parquet('{temp["tables/headline.parquet"]}')"));
        Assert.Equal(6, store.Scalar($"SELECT \"any\"::BIGINT FROM read_parquet('{temp["tables/headline.parquet"]}') WHERE country = 'GB'"));
        Assert.Equal(2, store.Scalar($"SELECT count(*) FROM read_parquet('{temp["tables/sensitivity.parquet"]}') WHERE rank_changes"));
    }

    [Fact]
    public void Every_chart_is_written_as_svg_and_png()
    {
        using var temp = new TempFolder();
        Run(temp.Path, bootstrap: 0);
        foreach (string chart in (string[])["headline", ReportFiles.GrowthChart, ReportFiles.YearlyChart, ReportFiles.RcaChart("gan"), ReportFiles.RcaChart("style_transfer")])
        {
            Assert.StartsWith("<svg ", File.ReadAllText(temp[$"charts/{chart}.svg"]), StringComparison.Ordinal);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(temp[$"charts/{chart}.png"])[..4]);
        }

        Assert.Contains("United Kingdom", File.ReadAllText(temp["charts/rca_gan.svg"]), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp["charts"], "*.tmp"));
    }

    [Fact]
    public void The_same_works_and_seed_give_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Run(first.Path);
        Run(second.Path);
        foreach (string table in ReportFiles.Tables)
        {
            Assert.Equal(File.ReadAllBytes(first[$"tables/{table}.csv"]), File.ReadAllBytes(second[$"tables/{table}.csv"]));
        }

        foreach (string chart in Directory.GetFiles(first["charts"]).Select(f => Path.GetFileName(f)))
        {
            Assert.Equal(File.ReadAllBytes(first["charts/" + chart]), File.ReadAllBytes(second["charts/" + chart]));
        }
    }

    [Fact]
    public void Bootstrap_intervals_are_reproducible_and_hold_the_estimates()
    {
        var byDefinition = new Dictionary<string, IReadOnlyList<MeasuredPaper>>(StringComparer.Ordinal) { ["categories"] = TinyCorpus.Papers };
        IndicatorResults a = IndicatorStage.Measure(TinyCorpus.Papers, byDefinition, Options("unused", 200));
        IndicatorResults b = IndicatorStage.Measure(TinyCorpus.Papers, byDefinition, Options("unused", 200));
        Assert.Equal(a.Set.Headline, b.Set.Headline);
        Assert.Equal(200, a.Set.Replicates);
        Assert.All(a.Set.Headline, r => Assert.True(r.Rank.Interval.Contains(r.Rank.Value) && r.Share.Interval.Contains(r.Share.Value)));
        Assert.Single(a.Sensitivity.Definitions);
    }

    [Fact]
    public void Propagation_without_measured_accuracy_changes_nothing_and_says_so()
    {
        var byDefinition = new Dictionary<string, IReadOnlyList<MeasuredPaper>>(StringComparer.Ordinal) { ["categories"] = TinyCorpus.Papers };
        IndicatorResults none = IndicatorStage.Measure(TinyCorpus.Papers, byDefinition, Options("unused", 0) with { PropagateClassifierError = true });
        Assert.True(none.PropagationRequested);
        Assert.Null(none.Set.WorldCorrected);

        IndicatorResults corrected = IndicatorStage.Measure(TinyCorpus.Papers, byDefinition, Options("unused", 0) with
        {
            PropagateClassifierError = true,
            ClassifierAccuracy = [new LabelAccuracy("ai", 90, 10, 30)],
        });
        Assert.Equal(16 * 1.2, corrected.Set.WorldCorrected!.Value.Value, 9);
    }
}
