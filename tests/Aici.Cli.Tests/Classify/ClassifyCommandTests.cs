using System.Text.Json;

namespace Aici.Cli.Tests.Classify;

/// <summary><c>aici classify</c> end to end on small files written for the tests, with the shipped model and taxonomies.</summary>
public sealed class ClassifyCommandTests
{
    private const string Records = """
        {"id": "w1", "title": "Painting with GANs", "abstract": "We train generative adversarial networks to paint portraits in the manner of old masters."}
        {"id": "w2", "title": "The pipe organ", "abstract": "A history of the organ and its repertoire in northern Europe."}
        {"id": "w3", "title": "Transfer learning for speech", "abstract": "Transfer learning improves speech recognition for languages with little data."}
        {"id": "w4", "title": "Neural style-transfer for video", "abstract": "Neural style transfer repaints every frame of a film in the style of a painting."}
        {"id": "w5", "title": "Generative adversarial nets for melodies"}
        """;

    private static List<JsonElement> Classify(TempFolder temp, string records, params string[] options)
    {
        File.WriteAllText(temp["in.jsonl"], records);
        CliRun run = CliRun.Of(["classify", "--papers", temp["in.jsonl"], "--out", temp["out.jsonl"], .. options]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return [.. File.ReadAllLines(temp["out.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private static string[] Names(JsonElement record, string list) => [.. record.GetProperty(list).EnumerateArray().Select(e => e.GetString()!)];

    private static string[] Phrases(JsonElement record, string label) =>
        [.. record.GetProperty("evidence").GetProperty(label).GetProperty("phrases").EnumerateArray().Select(p => p.GetString()!)];

    [Fact]
    public void Each_record_gives_one_line_in_input_order_with_the_specified_fields()
    {
        using var temp = new TempFolder();
        List<JsonElement> lines = Classify(temp, Records);
        Assert.Equal(["w1", "w2", "w3", "w4", "w5"], lines.Select(l => l.GetProperty("id").GetString()));
        foreach (JsonElement line in lines)
        {
            Assert.Equal(["id", "ai", "ai_score", "modalities", "media", "techniques", "creative_domains", "evidence"], line.EnumerateObject().Select(p => p.Name));
            Assert.Contains(line.GetProperty("ai").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.InRange(line.GetProperty("ai_score").GetDouble(), 0, 1);
            foreach (string list in new[] { "modalities", "media", "techniques", "creative_domains" })
            {
                Assert.Equal(JsonValueKind.Array, line.GetProperty(list).ValueKind);
            }
        }
    }

    [Fact]
    public void Label_names_are_exactly_the_specified_ones()
    {
        using var temp = new TempFolder();
        List<JsonElement> lines = Classify(temp, Records);
        string[] modalities = ["image", "sound", "text"];
        string[] media = ["video", "3d", "music", "speech"];
        string[] techniques = ["gan", "style_transfer", "diffusion", "vae", "transformer", "llm", "reinforcement_learning", "neural_rendering"];
        foreach (JsonElement line in lines)
        {
            Assert.All(Names(line, "modalities"), n => Assert.Contains(n, modalities));
            Assert.All(Names(line, "media"), n => Assert.Contains(n, media));
            Assert.All(Names(line, "techniques"), n => Assert.Contains(n, techniques));
        }

        Assert.Equal(["image"], Names(lines[3], "modalities"));              // every frame of a film
        Assert.Contains("video", Names(lines[3], "media"));
        Assert.Contains("speech", Names(lines[2], "media"));
    }

    [Fact]
    public void Word_boundaries_and_near_misses_hold_through_the_whole_path()
    {
        using var temp = new TempFolder();
        List<JsonElement> lines = Classify(temp, Records);
        Assert.Contains("gan", Names(lines[0], "techniques"));               // "GANs", "generative adversarial"
        Assert.DoesNotContain("gan", Names(lines[1], "techniques"));         // "organ"
        Assert.DoesNotContain("style_transfer", Names(lines[2], "techniques")); // "transfer learning"
        Assert.Contains("style_transfer", Names(lines[3], "techniques"));    // "style-transfer", "neural style transfer"
        Assert.Contains("gan", Names(lines[4], "techniques"));               // title only: "generative adversarial nets"
        string[] phrases = Phrases(lines[0], "gan");
        Assert.Contains("generative adversarial", phrases);
        Assert.Contains("gan", phrases);
    }

    [Fact]
    public void Named_transformer_models_carry_transformer_and_their_look_alikes_do_not()
    {
        using var temp = new TempFolder();
        const string records = """
            {"id": "t1", "title": "Summaries with BART", "abstract": "We fine-tune mBART and DeBERTa to summarise news in five languages."}
            {"id": "t2", "title": "Scaling DiTs", "abstract": "Larger DiTs generate sharper images at the same cost."}
            {"id": "t3", "title": "Credit for edits", "abstract": "We edit the credit rules of a swing voting model and detect errors in ledgers."}
            """;
        List<JsonElement> lines = Classify(temp, records);
        Assert.Contains("transformer", Names(lines[0], "techniques"));
        string[] phrases = Phrases(lines[0], "transformer");
        Assert.Equal(["bart", "deberta", "mbart"], phrases.Order(StringComparer.Ordinal));
        Assert.Contains("transformer", Names(lines[1], "techniques"));          // "DiTs": a plural of a listed name
        Assert.DoesNotContain("transformer", Names(lines[2], "techniques"));    // "edit", "credit", "swing", "detect"
    }

    [Fact]
    public void Named_language_models_diffusion_transformers_and_rl_carry_their_techniques()
    {
        using var temp = new TempFolder();
        const string records = """
            {"id": "n1", "title": "Reasoning with Qwen2.5-VL", "abstract": "We compare open-weight reasoning models with Claude on chain-of-thought puzzles."}
            {"id": "n2", "title": "Sampling DiTs faster", "abstract": "A solver for diffusion transformers, trained with RL."}
            {"id": "n3", "title": "Queen bees", "abstract": "A reasoning test for the curl of a field in URLs and girls' choirs."}
            {"id": "n4", "title": "Gemini against GPT-4", "abstract": "We prompt Gemini on proofs."}
            {"id": "n5", "title": "Spectra of a hot Jupiter", "abstract": "We observed it with IGRINS on Gemini South and with the Gemini telescopes."}
            """;
        List<JsonElement> lines = Classify(temp, records);
        Assert.Contains("llm", Names(lines[0], "techniques"));
        string[] phrases = Phrases(lines[0], "llm");
        Assert.Contains("qwen2.5", phrases);
        Assert.Contains("open-weight", phrases);
        Assert.Contains("chain-of-thought", phrases);
        Assert.Contains("diffusion", Names(lines[1], "techniques"));
        Assert.Contains("reinforcement_learning", Names(lines[1], "techniques"));
        Assert.Empty(Names(lines[2], "techniques"));                              // "curl", "urls", "girls", "reasoning test"
        Assert.Contains("llm", Names(lines[3], "techniques"));
        Assert.Empty(Names(lines[4], "techniques"));                              // the telescopes, by the exclusions
    }

    [Fact]
    public void Every_label_carried_keeps_its_evidence()
    {
        using var temp = new TempFolder();
        JsonElement first = Classify(temp, Records)[0];
        JsonElement evidence = first.GetProperty("evidence");
        Assert.True(first.GetProperty("ai").GetBoolean());
        JsonElement ai = evidence.GetProperty("ai");
        Assert.Equal(first.GetProperty("ai_score").GetDouble(), ai.GetProperty("score").GetDouble());
        JsonElement feature = ai.GetProperty("features")[0];
        Assert.Equal(["feature", "contribution"], feature.EnumerateObject().Select(p => p.Name));
        Assert.True(feature.GetProperty("contribution").GetDouble() > 0);
        foreach (string label in Names(first, "modalities").Concat(Names(first, "techniques")).Concat(Names(first, "media")).Concat(Names(first, "creative_domains")))
        {
            Assert.True(evidence.TryGetProperty(label, out _), $"no evidence for {label}");
        }
    }

    [Fact]
    public void Categories_decide_ai_under_combined_unless_text_only_is_asked()
    {
        using var temp = new TempFolder();
        const string physics = """{"id": "p1", "title": "A deep learning model of galaxy spectra", "abstract": "A neural network trained on simulated spectra predicts galaxy masses.", "categories": ["astro-ph.GA"]}""";
        JsonElement withCategories = Classify(temp, physics)[0];
        // outside the core categories, but the text names AI phrases: AI by phrases, score 1
        Assert.True(withCategories.GetProperty("ai").GetBoolean());
        Assert.Contains("deep learning", withCategories.GetProperty("evidence").GetProperty("ai").GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1, withCategories.GetProperty("ai_score").GetDouble());
        // text only: no categories, so the model decides, and its evidence is a score and features
        JsonElement textOnly = Classify(temp, physics, "--text-only")[0];
        Assert.True(textOnly.GetProperty("ai").GetBoolean());
        JsonElement ai = textOnly.GetProperty("evidence").GetProperty("ai");
        Assert.False(ai.TryGetProperty("categories", out _));
        Assert.True(ai.TryGetProperty("features", out _));
        JsonElement categories = Classify(temp, physics, "--ai-definition", "categories")[0];
        Assert.Equal(1, categories.GetProperty("ai_score").GetDouble());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        using var temp = new TempFolder();
        string many = string.Join('\n', Enumerable.Range(0, 3000).Select(i => Records.Split('\n')[i % 5].Trim().Replace("\"w", $"\"x{i}-", StringComparison.Ordinal)));
        File.WriteAllText(temp["many.jsonl"], many);
        Assert.Equal(0, CliRun.Of("classify", "--papers", temp["many.jsonl"], "--out", temp["a.jsonl"]).ExitCode);
        Assert.Equal(0, CliRun.Of("classify", "--papers", temp["many.jsonl"], "--out", temp["b.jsonl"], "--workers", "1").ExitCode);
        Assert.Equal(File.ReadAllBytes(temp["a.jsonl"]), File.ReadAllBytes(temp["b.jsonl"]));
        Assert.Equal(3000, File.ReadAllLines(temp["a.jsonl"]).Length);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp-*"));
    }

    [Fact]
    public void Bad_records_are_warnings_with_file_and_line_and_the_rest_is_classified()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["in.jsonl"], "{\"id\": \"ok\", \"title\": \"Deep learning for art\"}\n{\"id\": \"x\"}\nnot json\n{\"id\": \"ok2\", \"title\": \"Music\", \"abstract\": 7}\n");
        CliRun run = CliRun.Of("classify", "--papers", temp["in.jsonl"], "--out", temp["out.jsonl"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in.jsonl:2: rejected: title: missing title", run.Error, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:3: rejected: json: invalid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:4: warning: abstract: expected a string, found a number", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(temp["out.jsonl"]).Length);
        Assert.Contains("2 records from 1 files (2 rejected, 1 warnings)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Arxiv_snapshot_lines_and_gzip_are_read()
    {
        using var temp = new TempFolder();
        string line = """{"id": "2101.00001v2", "title": "Image synthesis with diffusion models", "abstract": "Denoising diffusion models generate images.", "categories": "cs.CV cs.LG"}""";
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(temp["a.jsonl.gz"]), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("\uFEFF" + line + "\r\n"));
        }

        CliRun run = CliRun.Of("classify", "--arxiv", temp["a.jsonl.gz"], "--out", temp["out.jsonl"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement record = JsonDocument.Parse(File.ReadAllText(temp["out.jsonl"])).RootElement;
        Assert.Equal("2101.00001", record.GetProperty("id").GetString());
        Assert.Equal(["cs.CV", "cs.LG"], record.GetProperty("evidence").GetProperty("ai").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("diffusion", record.GetProperty("techniques").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("classify", "--out", "x.jsonl")]
    [InlineData("classify", "--papers", "/no/such/file.jsonl", "--out", "x.jsonl")]
    [InlineData("classify", "--papers", "IN", "--out", "x.jsonl", "--ai-definition", "magic")]
    [InlineData("classify", "--papers", "IN", "--out", "/no/such/folder/x.jsonl")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["in.jsonl"], Records);
        CliRun run = CliRun.Of([.. args.Select(a => a == "IN" ? temp["in.jsonl"] : a == "x.jsonl" ? temp["x.jsonl"] : a)]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("aici", run.Error, StringComparison.Ordinal);
    }
}
