using DuckDB.NET.Data;

namespace Aici.Cli.Tests;

/// <summary>Re-runs, new snapshots, shards and merges, on small inputs written for the tests.</summary>
public sealed class IncrementalRunTests
{
    private static string Record(string id, string version, string updated, string title, string categories = "cs.CV") =>
        $$"""{"id":"{{id}}","title":"{{title}}","abstract":"A neural network for images of paintings.","categories":"{{categories}}","versions":[{"version":"{{version}}","created":"Mon, 2 Mar 2020 10:00:00 GMT"}],"update_date":"{{updated}}"}""";

    private static string Paper(string id, string country, string title) =>
        $$"""{"source":"test","id":"{{id}}","title":"{{title}}","abstract":"Deep learning for music audio and images.","year":2020,"venue":"Test","authors":["A"],"affiliations":[{"affiliation":["Somewhere"],"country":["{{country}}"]}]}""";

    private static long Count(string store, string sql)
    {
        using var db = new DuckDBConnection($"Data Source={store};ACCESS_MODE=READ_ONLY");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Rerunning_the_same_input_skips_it_and_leaves_the_store_unchanged()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["a.jsonl"], [Record("2003.00001", "v1", "2020-03-02", "One"), Record("2003.00002", "v1", "2020-03-02", "Two")]);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--out", temp["out"]).ExitCode);
        string csv = File.ReadAllText(temp["out/tables/country_modality_whole.csv"]);

        byte[] manifest = File.ReadAllBytes(temp["out/manifest.json"]);

        // Same input, same options: nothing to read, nothing to measure; the outputs stand as they are.
        CliRun again = CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--out", temp["out"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("nothing new: all 1 inputs are already in the store", again.Output, StringComparison.Ordinal);
        Assert.Contains("skip [1/1]", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM papers"));
        Assert.Equal(2, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM labels WHERE label = 'ai'"));
        Assert.Equal(1, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM inputs"));
        Assert.Equal(csv, File.ReadAllText(temp["out/tables/country_modality_whole.csv"]));
        Assert.Equal(manifest, File.ReadAllBytes(temp["out/manifest.json"]));

        // Same input, another option of the measure: the store is kept, the outputs are measured anew.
        CliRun top = CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--top", "5", "--out", temp["out"]);
        Assert.True(top.ExitCode == 0, top.ToString());
        Assert.Contains("0 records added, 0 updated, 0 unchanged; 1 inputs skipped", top.Output, StringComparison.Ordinal);
        Assert.Contains("\"top\": \"5\"", File.ReadAllText(temp["out/manifest.json"]), StringComparison.Ordinal);

        // The skipped input is recognised by its quick hash; the manifest still gives its SHA-256, from the store.
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(temp["a.jsonl"])));
        Assert.Contains($"\"sha256\": \"{sha}\"", File.ReadAllText(temp["out/manifest.json"]), StringComparison.Ordinal);
        Assert.Contains($"\"sha256\": \"{sha}\"", System.Text.Encoding.UTF8.GetString(manifest), StringComparison.Ordinal);
        Assert.Equal(2, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM papers"));
        Assert.Equal(csv, File.ReadAllText(temp["out/tables/country_modality_whole.csv"]));
    }

    [Fact]
    public void The_same_content_given_twice_in_one_run_is_read_once()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["a.jsonl"], [Record("2003.00001", "v1", "2020-03-02", "One")]);
        File.Copy(temp["a.jsonl"], temp["copy.jsonl"]);
        CliRun run = CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--arxiv", temp["copy.jsonl"], "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("copy.jsonl: given twice", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM papers"));
    }

    [Fact]
    public void A_new_snapshot_adds_new_records_and_updates_changed_ones()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["old.jsonl"], [Record("2003.00001", "v1", "2020-03-02", "One"), Record("2003.00002", "v1", "2020-03-02", "Two")]);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["old.jsonl"], "--out", temp["out"]).ExitCode);
        File.WriteAllLines(temp["new.jsonl"], [
            Record("2003.00001", "v1", "2020-03-02", "One"),
            Record("2003.00002", "v2", "2020-05-01", "Two, revised"),
            Record("2005.00003", "v1", "2020-05-02", "Three"),
        ]);

        CliRun run = CliRun.Of("run", "--arxiv", temp["new.jsonl"], "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 records added, 1 updated, 1 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM papers"));
        Assert.Equal(1, Count(temp["out/aici.duckdb"], "SELECT count(*) FROM papers WHERE title = 'Two, revised' AND version = 'v2'"));
        Assert.Equal(3, Count(temp["out/aici.duckdb"], "SELECT count(DISTINCT record_no) FROM labels"));
    }

    [Fact]
    public void A_changed_taxonomy_rebuilds_the_store_instead_of_updating_it()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["a.jsonl"], [Record("2003.00001", "v1", "2020-03-02", "One")]);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--out", temp["out"]).ExitCode);
        string taxonomy = Path.Combine(AppContext.BaseDirectory, "taxonomy");
        foreach (string file in Directory.GetFiles(taxonomy, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(temp["tax"], Path.GetRelativePath(taxonomy, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(temp["tax/ai.json"], File.ReadAllText(temp["tax/ai.json"]).Replace("\"1.0.0\"", "\"1.0.1-test\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("run", "--arxiv", temp["a.jsonl"], "--taxonomy", temp["tax"], "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rebuilding", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 records added", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_shards_merged_give_the_same_tables_byte_for_byte_as_one_run()
    {
        using var temp = new TempFolder();
        string[] countries = ["GB", "US", "CN", "FR", "DE", "HK"];
        File.WriteAllLines(temp["papers.jsonl"], Enumerable.Range(1, 60).Select(i => Paper($"p{i}", countries[i % countries.Length] switch { var c => c }, $"Paper {i}")));
        File.WriteAllLines(temp["arxiv.jsonl"], Enumerable.Range(1, 40).Select(i => Record($"2003.{i:00000}", "v1", "2020-03-02", $"Record {i}", i % 3 == 0 ? "cs.SD" : "cs.CV")));
        string[] inputs = ["run", "--arxiv", temp["arxiv.jsonl"], "--papers", temp["papers.jsonl"]];

        CliRun all = CliRun.Of([.. inputs, "--out", temp["all"]]);
        Assert.True(all.ExitCode == 0, all.ToString());
        CliRun first = CliRun.Of([.. inputs, "--shard", "1/2", "--out", temp["s1"]]);
        CliRun second = CliRun.Of([.. inputs, "--shard", "2/2", "--out", temp["s2"]]);
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        long p1 = Count(temp["s1/aici.duckdb"], "SELECT count(*) FROM papers");
        long p2 = Count(temp["s2/aici.duckdb"], "SELECT count(*) FROM papers");
        Assert.True(p1 > 0 && p2 > 0);
        Assert.Equal(100, p1 + p2);

        CliRun merged = CliRun.Of("merge", "--store", temp["s1"], temp["s2"], "--out", temp["merged"]);
        Assert.True(merged.ExitCode == 0, merged.ToString());
        foreach (string table in new[] { "country_modality.csv", "country_modality_whole.csv", "country_modality_fractional.csv", "diagnostics.csv" })
        {
            Assert.Equal(File.ReadAllBytes(temp["all/tables/" + table]), File.ReadAllBytes(temp["merged/tables/" + table]));
        }
    }

    [Fact]
    public void Shards_built_with_the_same_ror_dump_at_different_paths_merge_and_another_dump_does_not()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["arxiv.jsonl"], Enumerable.Range(1, 20).Select(i => Record($"2003.{i:00000}", "v1", "2020-03-02", $"Record {i}")));
        Directory.CreateDirectory(temp["here"]);
        Directory.CreateDirectory(temp["there"]);
        File.WriteAllText(temp["here/ror.json"], Affiliations.SmallDump.Ror);
        File.WriteAllText(temp["there/ror.json"], Affiliations.SmallDump.Ror);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["arxiv.jsonl"], "--ror", temp["here"], "--shard", "1/2", "--out", temp["s1"]).ExitCode);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["arxiv.jsonl"], "--ror", temp["there/ror.json"], "--shard", "2/2", "--out", temp["s2"]).ExitCode);
        CliRun merged = CliRun.Of("merge", "--store", temp["s1"], temp["s2"], "--out", temp["merged"]);
        Assert.True(merged.ExitCode == 0, merged.ToString());

        File.WriteAllText(temp["there/ror.json"], Affiliations.SmallDump.Ror.Replace("Lakeside", "Seaside", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["arxiv.jsonl"], "--ror", temp["there"], "--shard", "2/2", "--out", temp["s3"]).ExitCode);
        CliRun refused = CliRun.Of("merge", "--store", temp["s1"], temp["s3"], "--out", temp["refused"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("built alike", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_store_of_an_earlier_layout_is_refused_by_merge_with_what_to_do()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["arxiv.jsonl"], Enumerable.Range(1, 10).Select(i => Record($"2003.{i:00000}", "v1", "2020-03-02", $"Record {i}")));
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["arxiv.jsonl"], "--shard", "1/2", "--out", temp["s1"]).ExitCode);
        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["arxiv.jsonl"], "--shard", "2/2", "--out", temp["s2"]).ExitCode);
        using (var db = new DuckDBConnection($"Data Source={temp["s2/aici.duckdb"]}"))
        {
            // the records table as layout 4 had it
            db.Open();
            using DuckDBCommand command = db.CreateCommand();
            command.CommandText = "CREATE TABLE old_papers AS SELECT * FROM papers; DROP VIEW papers; DROP TABLE paper_rows; ALTER TABLE old_papers RENAME TO papers;";
            command.ExecuteNonQuery();
        }

        CliRun refused = CliRun.Of("merge", "--store", temp["s1"], temp["s2"], "--out", temp["merged"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("earlier aici", refused.Error, StringComparison.Ordinal);
        Assert.Contains("s2", refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void A_bad_shard_is_a_usage_error(string shard)
    {
        CliRun run = CliRun.Of("run", "--demo", "--shard", shard, "--out", "x");
        Assert.Equal(2, run.ExitCode);
    }
}
