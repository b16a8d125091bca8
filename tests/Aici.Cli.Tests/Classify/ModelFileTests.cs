using System.Text;

using Aici.Core.Classify.Model;
using Aici.Sources;
using Aici.Sources.Models;

namespace Aici.Cli.Tests.Classify;

public sealed class ModelFileTests
{
    private static LinearModel Model() => new(
        new ModelInfo("tiny", "1.2.3", new DateOnly(2026, 3, 4), new FeatureSettings(Bigrams: true, TitleWeight: 2))
        {
            TrainingData = [new TrainingFile("a.jsonl", new string('0', 64), 10, 8)],
            Split = "test split",
            Training = "by hand",
        },
        [
            new ModelLabel("ai", -1.25, 0.6, LabelMethod.Model) { CrossValidatedF1 = new Dictionary<string, double> { ["model"] = 0.9 } },
            new ModelLabel("sound", 0.5, 0.3, LabelMethod.Both),
        ],
        [WordHash.OfName("music"), WordHash.OfName("neural"), WordHash.OfName("neural network"), WordHash.OfName("cafe")],
        [0.1f, 2.5f, 1.5f, -0.2f, 0.75f, 0f, -3f, 0.001f]);

    [Fact]
    public void A_model_survives_the_round_trip_exactly()
    {
        using var temp = new TempFolder();
        LinearModel model = Model();
        ModelFileInfo saved = ModelFile.Save(model, temp["m/tiny-v1.json"]);
        Assert.True(File.Exists(temp["m/tiny-v1.weights.gz"]));
        (LinearModel loaded, ModelFileInfo info) = ModelFile.Load(temp["m/tiny-v1.json"]);
        Assert.Equal(saved, info);
        Assert.Equal(("tiny", "1.2.3"), (info.Name, info.Version));
        Assert.Equal(model.Info.Trained, loaded.Info.Trained);
        Assert.Equal(model.Info.Features, loaded.Info.Features);
        Assert.Equal(model.Info.TrainingData, loaded.Info.TrainingData);
        Assert.Equal((model.Info.Split, model.Info.Training), (loaded.Info.Split, loaded.Info.Training));
        Assert.Equal(model.FeatureIds, loaded.FeatureIds);
        Assert.True(model.QuantisedWeights.SequenceEqual(loaded.QuantisedWeights));
        Assert.True(model.Scales.SequenceEqual(loaded.Scales));
        Assert.Equal(model.Labels.Select(l => (l.Name, l.Bias, l.Threshold, l.Method)), loaded.Labels.Select(l => (l.Name, l.Bias, l.Threshold, l.Method)));
        Assert.Equal(0.9, loaded.Labels[0].CrossValidatedF1["model"]);
        Assert.Equal(model.Weight("neural network", 0), loaded.Weight("neural network", 0));
    }

    [Fact]
    public void Saving_twice_gives_the_same_bytes()
    {
        using var temp = new TempFolder();
        ModelFile.Save(Model(), temp["a/m.json"]);
        ModelFile.Save(Model(), temp["b/m.json"]);
        Assert.Equal(File.ReadAllBytes(temp["a/m.json"]), File.ReadAllBytes(temp["b/m.json"]));
        Assert.Equal(File.ReadAllBytes(temp["a/m.weights.gz"]), File.ReadAllBytes(temp["b/m.weights.gz"]));
    }

    [Fact]
    public void Another_format_version_is_refused_with_a_clear_message()
    {
        using var temp = new TempFolder();
        ModelFile.Save(Model(), temp["m.json"]);
        File.WriteAllText(temp["m.json"], File.ReadAllText(temp["m.json"]).Replace("\"format_version\": 1", "\"format_version\": 2", StringComparison.Ordinal));
        InputException e = Assert.Throws<InputException>(() => ModelFile.Load(temp["m.json"]));
        Assert.Contains("model format version 2 is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_that_do_not_belong_to_the_header_are_refused()
    {
        using var temp = new TempFolder();
        ModelFile.Save(Model(), temp["m.json"]);
        byte[] weights = File.ReadAllBytes(temp["m.weights.gz"]);
        weights[^5] ^= 0xFF;
        File.WriteAllBytes(temp["m.weights.gz"], weights);
        Assert.Contains("do not belong", Assert.Throws<InputException>(() => ModelFile.Load(temp["m.json"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_hashing_scheme_is_refused()
    {
        using var temp = new TempFolder();
        ModelFile.Save(Model(), temp["m.json"]);
        File.WriteAllText(temp["m.json"], File.ReadAllText(temp["m.json"]).Replace(WordHash.Scheme, "other-hash", StringComparison.Ordinal), Encoding.UTF8);
        Assert.Contains("hashed with 'other-hash'", Assert.Throws<InputException>(() => ModelFile.Load(temp["m.json"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_loads_and_is_small()
    {
        string header = Path.Combine(Aici.Tests.SharedData.RepoRoot, "taxonomy", "models", "research-v1.json");
        (LinearModel model, ModelFileInfo info) = ModelFile.Load(header);
        Assert.Equal(["ai", "image", "sound", "text"], model.Labels.Select(l => l.Name));
        Assert.Equal("research", info.Name);
        long bytes = new FileInfo(header).Length + new FileInfo(Path.ChangeExtension(header, null) + ".weights.gz").Length;
        Assert.True(bytes < 1_000_000, $"model files take {bytes} bytes");
    }

    [Theory]
    [InlineData("research-v1.json", "sound")]
    [InlineData("confirming-v1.json", "music")]
    public void The_shipped_models_have_no_features_of_function_words_only(string file, string word)
    {
        // their explanations list the features that weigh most: with "and", "a", "to" and "the" in the vocabulary,
        // those led the lists
        string header = Path.Combine(Aici.Tests.SharedData.RepoRoot, "taxonomy", "models", file);
        (LinearModel model, _) = ModelFile.Load(header);
        Assert.Contains("not of function words only", model.Info.Training, StringComparison.Ordinal);
        var ids = model.FeatureIds.ToHashSet();
        string[] stopWords = [.. Aici.Core.Classify.Vocabulary.StopWords.All];
        Assert.DoesNotContain(stopWords, w => ids.Contains(WordHash.OfName(w)));
        Assert.DoesNotContain(stopWords.SelectMany(a => ((string[])["the", "of", "a", "and", "to", "in"]).Select(b => a + " " + b)), p => ids.Contains(WordHash.OfName(p)));
        Assert.Contains(WordHash.OfName(word), ids);
        Assert.Contains(WordHash.OfName("3d"), ids);
    }
}
