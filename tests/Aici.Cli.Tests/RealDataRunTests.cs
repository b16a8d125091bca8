using Aici.Tests;

namespace Aici.Cli.Tests;

/// <summary>The foundation's acceptance run on the real shared data.</summary>
public sealed class RealDataRunTests
{
    [Fact]
    public void On_the_shared_data_US_China_and_UK_lead_and_image_beats_text_beats_sound()
    {
        string arxiv = SharedData.Require("arxiv");
        string papers = SharedData.Require("papers");
        using var temp = new TempFolder();
        CliRun run = CliRun.Of("run", "--arxiv", arxiv, "--papers", papers, "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());

        string[] csv = File.ReadAllLines(temp["out/tables/country_modality.csv"]);
        Assert.Equal(["US", "CN", "GB"], csv[1..4].Select(l => l.Split(',')[0]));
        Assert.Contains("rejected", run.Output, StringComparison.Ordinal);

        // image > text > sound in the totals (the world row: each located AI paper once)
        string totals = run.Output.Split('\n').Single(l => l.Contains("located AI works by modality", StringComparison.Ordinal));
        long Count(string name) => long.Parse(
            System.Text.RegularExpressions.Regex.Match(totals, name + @" ([\d,]+)").Groups[1].Value.Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Count("image") > Count("text") && Count("text") > Count("sound"), totals);
    }
}
