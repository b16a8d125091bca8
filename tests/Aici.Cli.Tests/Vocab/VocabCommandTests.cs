using System.Globalization;
using Aici.Core.Classify;
using Aici.Core.Classify.Vocabulary;
using Aici.Sources.Vocabulary;
using Aici.Tests;

namespace Aici.Cli.Tests.Vocab;

/// <summary><c>aici vocab</c> end to end on a small invented corpus, and the committed vocabulary.</summary>
public sealed class VocabCommandTests
{
    private static readonly string[] AiAbstracts =
    [
        "We train a deep neural network with reinforcement learning agents that learn a policy from rewards.",
        "Reinforcement learning agents learn a policy; the deep neural network is trained with gradient descent.",
        "A neural network classifier trained with gradient descent on labelled images improves accuracy.",
        "Agents explore an environment; reinforcement learning with a neural network estimates the value of actions.",
    ];

    private static readonly string[] OtherAbstracts =
    [
        "We measure the thermal conductivity of thin copper wires at low temperature.",
        "A survey of household budgets shows how food prices changed spending in rural districts.",
        "We prove a bound on the chromatic number of sparse random graphs.",
        "The spectrum of the star shows strong hydrogen lines and a faint companion.",
    ];

    private static string Record(int i, string categories, string text) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"2001.{{i:00000}}","title":"Paper {{i}}","abstract":"{{text}}","categories":"{{categories}}","versions":[{"version":"v1","created":"Mon, 6 Jan 2020 10:00:00 GMT"}],"update_date":"2020-01-06"}""");

    private static void WriteCorpus(string path)
    {
        var lines = new List<string>();
        string[] core = ["cs.AI", "cs.LG", "cs.NE", "stat.ML"];
        for (int i = 0; i < 48; i++)
        {
            lines.Add(Record(i, core[i % 4] + " cs.CV", AiAbstracts[i % AiAbstracts.Length]));
        }

        string[] other = ["cond-mat.mtrl-sci", "econ.GN", "math.CO", "astro-ph.SR", "cs.DS"];
        for (int i = 0; i < 60; i++)
        {
            lines.Add(Record(100 + i, other[i % other.Length], OtherAbstracts[i % OtherAbstracts.Length]));
        }

        lines.Add(Record(200, "cs.CV", "A deep neural network trained by reinforcement learning agents with rewards and a policy."));
        File.WriteAllLines(path, lines);
    }

    [Fact]
    public void Expand_writes_candidates_that_thresholds_refits_and_the_definition_loads()
    {
        using var temp = new TempFolder();
        WriteCorpus(temp["corpus.jsonl"]);
        CliRun expand = CliRun.Of("vocab", "expand", "--arxiv", temp["corpus.jsonl"], "--out", temp["out/candidates.json"], "--min-count", "3", "--vector-min-count", "2");
        Assert.True(expand.ExitCode == 0, expand.ToString());
        Assert.Contains("109 papers with abstract and categories", expand.Output, StringComparison.Ordinal);
        Assert.Contains("cs.AI: min count 3", expand.Output, StringComparison.Ordinal);

        (VocabularyList list, _) = VocabularyFiles.Load(temp["out/candidates.json"]);
        Assert.Equal(["cs.AI", "cs.NE", "cs.LG", "stat.ML"], list.Categories.Select(c => c.Category));
        Assert.Contains("rewards", list.Categories[0].Terms);
        Assert.Equal(2, list.Phrases.Passes.Count); // too small a corpus for any pair to score above 10

        CliRun refit = CliRun.Of("vocab", "thresholds", "--arxiv", temp["corpus.jsonl"], "--vocabulary", temp["out/candidates.json"], "--out", temp["out/refit.json"]);
        Assert.True(refit.ExitCode == 0, refit.ToString());
        Assert.Equal(File.ReadAllText(temp["out/candidates.json"]), File.ReadAllText(temp["out/refit.json"]));

        var definition = new VocabularyDefinition(VocabularyFiles.Load(temp["out/refit.json"]).List);
        Assert.True(definition.Decide(new PaperText("T", AiAbstracts[0], ["cs.CV"])).IsAi);
        Assert.False(definition.Decide(new PaperText("T", OtherAbstracts[0], ["cs.CV"])).IsAi);
    }

    [Fact]
    public void Expand_is_deterministic()
    {
        using var temp = new TempFolder();
        WriteCorpus(temp["corpus.jsonl"]);
        Assert.Equal(0, CliRun.Of("vocab", "expand", "--arxiv", temp["corpus.jsonl"], "--out", temp["a.json"], "--min-count", "3", "--vector-min-count", "2").ExitCode);
        Assert.Equal(0, CliRun.Of("vocab", "expand", "--arxiv", temp["corpus.jsonl"], "--out", temp["b.json"], "--min-count", "3", "--vector-min-count", "2").ExitCode);
        Assert.Equal(File.ReadAllBytes(temp["a.json"]), File.ReadAllBytes(temp["b.json"]));
    }

    [Fact]
    public void Bad_inputs_are_usage_errors()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRun.Of("vocab", "expand", "--arxiv", temp["missing.jsonl"], "--out", temp["x.json"]).ExitCode);
        File.WriteAllText(temp["bad.json"], "{ not json");
        CliRun run = CliRun.Of("vocab", "thresholds", "--arxiv", temp.Path, "--vocabulary", temp["bad.json"]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void The_committed_vocabulary_loads_with_its_reviewed_terms_and_thresholds()
    {
        (VocabularyList list, Core.Run.TaxonomyFile file) = VocabularyFiles.Load(Path.Combine(SharedData.RepoRoot, "taxonomy", VocabularyFiles.DefaultFile));
        Assert.Equal("vocabulary", file.Name);
        Assert.Equal(["cs.AI", "cs.NE", "cs.LG", "stat.ML"], list.Categories.Select(c => c.Category));
        Assert.Equal([2, 1, 1, 1], list.Categories.Select(c => c.Threshold));
        Assert.Equal(2, list.Phrases.Passes.Count);
        var definition = new VocabularyDefinition(list);
        AiDecision d = definition.Decide(new PaperText(
            "Agents",
            "Large language model agents use tool use and reinforcement learning to plan; an agentic loop of LLM agents is evaluated.",
            []));
        Assert.True(d.IsAi, d.Evidence.ToString());
        Assert.False(definition.Decide(new PaperText("Wires", OtherAbstracts[0], [])).IsAi);
    }

    [Fact]
    public void Devset_prints_per_label_scores()
    {
        CliRun run = CliRun.Of("vocab", "devset", "--devset", Path.Combine(SharedData.RepoRoot, "tests", "devset", "devset.jsonl"), "--taxonomy", Path.Combine(SharedData.RepoRoot, "taxonomy"), "--text-only");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("music_performing_visual_arts", run.Output, StringComparison.Ordinal);
        Assert.Contains("ai (vocabulary)", run.Output, StringComparison.Ordinal);
    }
}
