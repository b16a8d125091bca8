namespace Aici.Cli.Tests.Affiliations;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_affiliations_prints_and_writes_the_scores()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["gold.json"], """
            [
              {"affiliation": "Department of Examples, Example University of Lakeside, UK", "ror_ids": ["https://ror.org/0c1lakesd"]},
              {"affiliation": "Harbour Institute of Technology, New Zealand", "ror_ids": ["https://ror.org/0c1lakesd"]},
              {"affiliation": "Somewhere else, Chile", "ror_ids": ["https://ror.org/0c1notind"]},
              {"affiliation": "Nowhere", "ror_ids": []}
            ]
            """);
        CliRun run = CliRun.Of("evaluate", "affiliations", "--gold", temp["gold.json"], "--ror", temp["ror.json"], "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("gold-in-registry", run.Output, StringComparison.Ordinal);

        string[] csv = File.ReadAllLines(temp["out/affiliations_evaluation.csv"]);
        Assert.Equal(
            "gold_set,subset,strings,gold_ids,gold_ids_in_registry,coverage,true_positives,false_positives,false_negatives," +
            "precision,recall,f1,country_strings,country_correct,country_accuracy,strings_without_id,strings_without_country",
            csv[0]);
        Assert.Equal(4, csv.Length);
        string[] all = csv[1].Split(',');
        Assert.Equal(["gold.json", "all", "4", "3", "2", "0.6667", "1", "1", "2", "0.5000", "0.3333", "0.4000", "2", "1", "0.5000"], all[..15]);
        string[] inRegistry = csv[2].Split(',');
        Assert.Equal(["gold-in-registry", "3", "2", "2", "1.0000", "1", "1", "1", "0.5000", "0.5000", "0.5000"], inRegistry[1..12]);
        Assert.Equal(2, File.ReadAllLines(temp["out/affiliations_errors.jsonl"]).Length);
    }

    [Fact]
    public void Evaluate_countries_compares_with_the_countries_papers_give()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        File.WriteAllText(temp["papers.jsonl"],
            """{"id": "p1", "title": "A", "authors": ["X", "Y", "Z"], "affiliations": [{"affiliation": ["Example University of Lakeside"], "country": ["United Kingdom"]}, {"affiliation": ["Harbour Institute of Technology"], "country": ["Australia"]}, {"affiliation": ["Independent"], "country": ["France"]}]}""" + "\n");
        CliRun run = CliRun.Of("evaluate", "countries", "--papers", temp["papers.jsonl"], "--ror", temp["ror.json"], "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("author affiliations with a given country: 3; resolved to a country: 2 (coverage 0.667); agreeing: 1 (agreement 0.500)", run.Output, StringComparison.Ordinal);
        string[] disagreements = File.ReadAllLines(temp["out/countries_disagreements.csv"]);
        Assert.Equal("AU,NZ,1,Harbour Institute of Technology", disagreements[1]);
        Assert.StartsWith("scope,affiliations,resolved,agreed,coverage,agreement", File.ReadAllText(temp["out/countries_evaluation.csv"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["ror.json"], SmallDump.Ror);
        CliRun run = CliRun.Of("evaluate", "affiliations", "--gold", temp["missing.json"], "--ror", temp["ror.json"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("aici evaluate affiliations: ", run.Error, StringComparison.Ordinal);
    }
}
