using System.Text.Json;

namespace Aici.Cli.Tests.Affiliations;

public sealed class ResolveCommandTests
{
    [Fact]
    public void Resolve_writes_one_json_line_per_affiliation()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["in.txt"], SmallDump.Affiliations);
        CliRun run = CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp["ror.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());

        JsonElement[] lines = [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(4, lines.Length);

        Assert.Equal("0c1lakesd", lines[0].GetProperty("ror").GetString());
        Assert.Equal("GB", lines[0].GetProperty("country").GetString());
        Assert.Equal("name", lines[0].GetProperty("rule").GetString());
        Assert.True(lines[0].GetProperty("score").GetDouble() >= 0.75);

        Assert.Equal("Harbour Institute of Technology, Harbourtown, New Zealand", lines[1].GetProperty("affiliation").GetString());
        Assert.Equal("NZ", lines[1].GetProperty("country").GetString());

        // one institution found, one country named elsewhere: the match decides
        Assert.Equal("0c1harbor", lines[2].GetProperty("ror").GetString());

        // a withdrawn record is not in the index
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("ror").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[3].GetProperty("country").ValueKind);
        Assert.Equal("unresolved", lines[3].GetProperty("rule").GetString());
        Assert.Contains("1 withdrawn left out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_institutions_are_listed_as_matches()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["in.txt"], "Example University of Lakeside, UK; Harbour Institute of Technology, New Zealand\n");
        CliRun run = CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp["ror.json"]);
        JsonElement line = JsonDocument.Parse(run.Output.Trim()).RootElement;
        Assert.Equal(["0c1harbor", "0c1lakesd"], line.GetProperty("matches").EnumerateArray()
            .Select(m => m.GetProperty("ror").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_writes_the_file_atomically_and_identically_twice()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["in.txt"], SmallDump.Affiliations);
        Assert.Equal(0, CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp["ror.json"], "--out", temp["a/out.jsonl"]).ExitCode);
        Assert.Equal(0, CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp.Path, "--out", temp["b.jsonl"]).ExitCode);
        Assert.Equal(4, File.ReadAllLines(temp["a/out.jsonl"]).Length);
        Assert.Equal(File.ReadAllBytes(temp["a/out.jsonl"]), File.ReadAllBytes(temp["b.jsonl"]));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_missing_input_is_a_one_line_usage_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        CliRun missing = CliRun.Of("resolve", "--affiliations", temp["nope.txt"], "--ror", temp["ror.json"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("aici resolve: ", missing.Error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.Contains("nope.txt", missing.Error, StringComparison.Ordinal);

        CliRun noRor = CliRun.Of("resolve", "--affiliations", temp["ror.json"], "--ror", temp["nothing"]);
        Assert.Equal(2, noRor.ExitCode);
        Assert.Contains("no such file or directory", noRor.Error, StringComparison.Ordinal);

        Assert.Equal(2, CliRun.Of("resolve", "--ror", temp["ror.json"]).ExitCode);
    }

    [Fact]
    public void Transnational_is_an_option()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["in.txt"], "Google Research, Zurich, Switzerland\n");
        Assert.Contains("\"country\":\"CH\"", CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp["ror.json"]).Output, StringComparison.Ordinal);
        Assert.Contains("\"country\":\"XT\"", CliRun.Of("resolve", "--affiliations", temp["in.txt"], "--ror", temp["ror.json"], "--transnational").Output, StringComparison.Ordinal);
    }
}
