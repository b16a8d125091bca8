using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class LinearModelTests
{
    private static ModelScores Score(LinearModel model, string title, string abstractText)
    {
        var words = new WordList();
        words.AddSegment(title);
        words.AddSegment(abstractText);
        var features = new FeatureBuffer();
        features.Fill(words, model.Info.Features);
        var scores = new ModelScores();
        model.Score(features, scores);
        return scores;
    }

    [Fact]
    public void A_margin_is_the_bias_plus_the_weights_of_the_features_over_the_root_of_their_count()
    {
        LinearModel model = TinyModels.AiAndImage();
        // words: neural, network, image (3) + the pair "neural network" (title and abstract do not pair) → n = 4
        ModelScores scores = Score(model, "Neural network", "image");
        double scale = 1 / Math.Sqrt(4);
        // weights are kept as 16-bit integers × a scale per label: exact to about 1/32767 of the largest weight
        Assert.Equal(-2 + ((4 + 2) * scale), scores.Margins[0], 0.001);
        Assert.Equal(-1 + (6 * scale), scores.Margins[1], 0.001);
        Assert.Equal(LinearModel.Sigmoid(scores.Margins[0]), scores.Probability(0), 12);
    }

    [Fact]
    public void Unknown_features_count_towards_the_length_but_weigh_nothing()
    {
        ModelScores scores = Score(TinyModels.AiAndImage(), "On", "graphs");
        Assert.Equal(-2, scores.Margins[0], 12);
        Assert.Equal(0, scores.HitCount);
    }

    [Fact]
    public void Top_features_are_summed_per_feature_largest_first_with_their_contributions()
    {
        LinearModel model = TinyModels.AiAndImage();
        ModelScores scores = Score(model, "Neural neural network", "theorem");
        // words: neural ×2, network, theorem; pairs: "neural neural", "neural network" → n = 6
        double scale = 1 / Math.Sqrt(6);
        IReadOnlyList<KeyValuePair<string, double>> top = model.TopFeatures(scores, 0, 5);
        Assert.Equal(["neural", "neural network"], top.Select(t => t.Key));
        Assert.Equal(8 * scale, top[0].Value, 0.001);
        Assert.Equal(2 * scale, top[1].Value, 0.001);
        IReadOnlyList<KeyValuePair<string, double>> against = model.TopFeatures(scores, 0, 5, positive: false);
        Assert.Equal("theorem", Assert.Single(against).Key);
        Assert.Equal(-3 * scale, against[0].Value, 0.001);
        Assert.Single(model.TopFeatures(scores, 0, 1));
    }

    [Fact]
    public void Labels_and_weights_are_found_by_name()
    {
        LinearModel model = TinyModels.AiAndImage();
        Assert.Equal(1, model.LabelIndex("image"));
        Assert.Equal(-1, model.LabelIndex("sound"));
        Assert.Equal(2, model.Weight("neural network", 0), 0.001);
        Assert.Equal(0, model.Weight("unknown words", 0));
    }

    [Fact]
    public void A_model_refuses_weights_of_the_wrong_shape_and_repeated_features()
    {
        Assert.Throws<ArgumentException>(() => new LinearModel(TinyModels.Info, [new ModelLabel("ai", 0, 0.5, LabelMethod.Model)], [WordHash.Of("a")], [1f, 2f]));
        Assert.Throws<ArgumentException>(() => new LinearModel(TinyModels.Info, [new ModelLabel("ai", 0, 0.5, LabelMethod.Model)], [WordHash.Of("a"), WordHash.Of("a")], [1f, 2f]));
    }

    [Fact]
    public void Quantised_weights_keep_their_value_to_one_part_in_thirty_thousand()
    {
        float[] weights = [0.5f, -2f, 0.001f, 1f, 0f, -0.25f];
        float[] rounded = WeightQuantiser.Round(weights, 2);
        for (int i = 0; i < weights.Length; i++)
        {
            Assert.True(Math.Abs(weights[i] - rounded[i]) <= 2f / 32767, $"weight {i}: {weights[i]} → {rounded[i]}");
        }

    }
}
