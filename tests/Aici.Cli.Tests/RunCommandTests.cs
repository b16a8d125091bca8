using Aici.Tests;
using DuckDB.NET.Data;

namespace Aici.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void The_demo_run_writes_store_table_chart_report_and_manifest()
    {
        using var temp = new TempFolder();
        CliRun run = CliRun.Of("run", "--demo", "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string file in new[] { "aici.duckdb", "manifest.json", "tables/country_modality.csv", "tables/country_modality.parquet", "tables/diagnostics.csv", "charts/country_modality.svg", "report/index.html" })
        {
            Assert.True(File.Exists(temp["out/" + file]), $"{file} missing\n{run}");
        }

        string[] csv = File.ReadAllLines(temp["out/tables/country_modality.csv"]);
        Assert.Equal("country,image,sound,text,any", csv[0]);
        long[] any = [.. csv[1..].Select(l => long.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(any.OrderDescending(), any);
        Assert.Contains(csv, l => l.StartsWith("GB,", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(temp["out"], "*.partial", SearchOption.AllDirectories), f => true);
        Assert.Contains("Illustrative", File.ReadAllText(temp["out/report/index.html"]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("aici run: 34 records", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_on_the_same_inputs_give_byte_identical_tables()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("run", "--demo", "--out", temp["a"]).ExitCode);
        Assert.Equal(0, CliRun.Of("run", "--demo", "--out", temp["b"]).ExitCode);
        foreach (string table in new[] { "tables/country_modality.csv", "tables/diagnostics.csv", "charts/country_modality.svg" })
        {
            Assert.Equal(File.ReadAllBytes(temp["a/" + table]), File.ReadAllBytes(temp["b/" + table]));
        }
    }

    [Fact]
    public void Both_counting_methods_are_written_and_the_option_picks_the_headline_table()
    {
        using var temp = new TempFolder();
        CliRun run = CliRun.Of("run", "--demo", "--counting", "fractional", "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        string headline = File.ReadAllText(temp["out/tables/country_modality.csv"]);
        Assert.Equal(File.ReadAllText(temp["out/tables/country_modality_fractional.csv"]), headline);
        Assert.NotEqual(File.ReadAllText(temp["out/tables/country_modality_whole.csv"]), headline);
        Assert.Contains(".5", headline, StringComparison.Ordinal);
        string html = File.ReadAllText(temp["out/report/index.html"]);
        Assert.Contains("id=\"country-table-whole\"", html, StringComparison.Ordinal);
        Assert.Contains("\"counting\": \"fractional\"", File.ReadAllText(temp["out/manifest.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_into_the_same_folder_replaces_the_outputs()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("run", "--demo", "--out", temp["out"]).ExitCode);
        byte[] first = File.ReadAllBytes(temp["out/tables/country_modality.csv"]);
        Assert.Equal(0, CliRun.Of("run", "--demo", "--from", "2019", "--out", temp["out"]).ExitCode);
        Assert.NotEqual(first, File.ReadAllBytes(temp["out/tables/country_modality.csv"]));
    }

    [Fact]
    public void Bad_records_are_reported_with_file_line_and_reason_and_every_good_record_is_kept()
    {
        string original = SharedData.Require("arxiv/unarxive_2212_086_kaggle_metadata.jsonl");
        string[] lines = File.ReadAllLines(original);
        Assert.Equal(49, lines.Length);
        using var temp = new TempFolder();
        string damaged = temp["damaged.jsonl"];
        string withoutTitle = System.Text.RegularExpressions.Regex.Replace(lines[20], "\"title\": ?\"(\\\\.|[^\"\\\\])*\",", "");
        Assert.DoesNotContain("\"title\"", withoutTitle, StringComparison.Ordinal);
        File.WriteAllLines(damaged, [
            .. lines[..10],
            "{\"id\": \"2212.99999\", \"title\": \"broken", // line 11: invalid JSON
            .. lines[10..20],
            withoutTitle, // line 22: no title
            .. lines[21..48],
            lines[48][..(lines[48].Length / 2)], // line 50: truncated last line
        ]);

        CliRun run = CliRun.Of("run", "--arxiv", damaged, "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("aici run: 47 records", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{damaged}:11: rejected", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{damaged}:22: rejected: title", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{damaged}:50: rejected", run.Error, StringComparison.Ordinal);

        using var db = new DuckDBConnection($"Data Source={temp["out/aici.duckdb"]};ACCESS_MODE=READ_ONLY");
        db.Open();
        using DuckDBCommand count = db.CreateCommand();
        count.CommandText = "SELECT count(*) FROM papers";
        Assert.Equal(47L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        count.CommandText = "SELECT string_agg(line::VARCHAR || ' ' || field, ', ' ORDER BY line) FROM diagnostics WHERE severity = 'error'";
        Assert.Equal("11 json, 22 title, 50 json", count.ExecuteScalar());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "--demo")]
    [InlineData("run", "--out", "x")]
    [InlineData("run", "--demo", "--out", "x", "--from", "2020", "--to", "2019")]
    [InlineData("run", "--demo", "--out", "x", "--from", "soon")]
    [InlineData("run", "--arxiv", "/no/such/path", "--out", "x")]
    [InlineData("run", "--demo", "--out", "x", "--taxonomy", "/no/such/folder")]
    [InlineData("walk")]
    public void Bad_arguments_and_unreadable_inputs_exit_2_with_a_one_line_reason(params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aici", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    public void Help_is_printed_and_exits_0(params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }
}
