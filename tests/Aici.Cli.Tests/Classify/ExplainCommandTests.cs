namespace Aici.Cli.Tests.Classify;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_every_label_with_its_evidence_and_the_models_view()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["in.jsonl"], """
            {"id": "a", "title": "Nothing here", "abstract": "A survey of bridges."}
            {"id": "e1", "title": "Painting with GANs", "abstract": "Generative adversarial networks paint portraits.", "categories": ["cs.CV"]}
            """);
        CliRun run = CliRun.Of("explain", "e1", "--papers", temp["in.jsonl"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("e1  (", run.Output, StringComparison.Ordinal);
        Assert.Contains("categories: cs.CV", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  ai\s+yes  category: cs\.CV", run.Output);
        Assert.Matches(@"(?m)^  gan \(technique\)\s+yes  phrases: gan, generative adversarial", run.Output);
        Assert.Matches(@"(?m)^  sound \(modality\)\s+no$", run.Output);
        Assert.Matches(@"(?m)^    image  p = 0\.\d{3} \(threshold 0\.\d{3}: yes\), method model$", run.Output);
        Assert.Contains("      for:     ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_is_a_usage_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["in.jsonl"], """{"id": "a", "title": "T"}""");
        CliRun run = CliRun.Of("explain", "zzz", "--papers", temp["in.jsonl"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no record with id 'zzz'", run.Error, StringComparison.Ordinal);
    }
}
