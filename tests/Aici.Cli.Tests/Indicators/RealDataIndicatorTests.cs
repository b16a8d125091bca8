using Aici.Cli.Commands;
using Aici.Cli.Pipeline;
using Aici.Core.Measure;
using Aici.Report;
using Aici.Tests;

namespace Aici.Cli.Tests.Indicators;

/// <summary>The issue's acceptance run: on the shared arXiv, papers and OpenAlex data, every exhibit is written.</summary>
public sealed class RealDataIndicatorTests
{
    [Fact]
    public void A_run_on_the_shared_data_writes_every_exhibit_and_a_report_under_5_MB()
    {
        string arxiv = SharedData.Require("arxiv");
        string papers = SharedData.Require("papers");
        string openAlex = SharedData.Require("openalex");
        using var temp = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        // The shared data locate no AI paper in 2015, so the growth window starts in 2016 (--growth-from 2016).
        var options = new RunOptions([arxiv], [papers], false, YearRange.All, Counting.Whole, Path.Combine(AppContext.BaseDirectory, "taxonomy"), temp["out"])
        {
            OpenAlex = [openAlex],
            GrowthFrom = 2016,
            GrowthTo = 2019,
            Bootstrap = 100,
        };
        int code = RunCommand.Execute(options, output, error);
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");

        foreach (string table in ReportFiles.Tables)
        {
            Assert.True(new FileInfo(temp[$"out/tables/{table}.csv"]).Length > 100, table);
            Assert.True(File.Exists(temp[$"out/tables/{table}.parquet"]), table);
        }

        foreach (string chart in (string[])["headline", "growth", "yearly", "rca_gan", "rca_style_transfer"])
        {
            Assert.True(File.Exists(temp[$"out/charts/{chart}.svg"]) && File.Exists(temp[$"out/charts/{chart}.png"]), chart);
        }

        string[] growth = File.ReadAllLines(temp["out/tables/growth.csv"]);
        Assert.Contains(growth, l => l.StartsWith("GB,United Kingdom,2016,2019,", StringComparison.Ordinal));

        var report = new FileInfo(temp["out/report/index.html"]);
        Assert.True(report.Length < 5_000_000, $"{report.Length} bytes");
        string html = File.ReadAllText(report.FullName);
        foreach (string id in (string[])["executive-summary", "countries", "growth", "yearly", "specialisation", "sensitivity", "methodology", "manifest"])
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Matches(@"<tr class=""uk""><td class=""num"">3 \(\d+\u2013\d+\)</td>", html);
        File.Copy(report.FullName, Path.Combine(AppContext.BaseDirectory, "real-data-report.html"), overwrite: true);
    }
}
