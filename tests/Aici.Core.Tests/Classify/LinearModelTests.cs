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

    [Theory]
    [InlineData(2, 200)]
    [InlineData(4, 200)]
    [InlineData(6, 200)]
    [InlineData(4, 40_000)]
    public void Top_features_equal_those_summed_from_the_models_weights_by_name(int labels, int wordsPerPaper)
    {
        // a random model over a small vocabulary, and random papers: each label's top features (for and against)
        // are the distinct features of the paper, counted, weighted by the model's weight for that name, largest
        // first, ties by name; whatever the number of labels (weights kept in one word up to four) and the length
        // (a paper of more than 65,535 occurrences is looked up one feature at a time)
        var random = new Random(labels * 1000 + wordsPerPaper);
        string[] vocabulary = [.. Enumerable.Range(0, 60).Select(i => "w" + i)];
        List<string> names = [.. vocabulary, .. vocabulary.Take(30).Select((w, i) => w + " " + vocabulary[(i * 7) % 60])];
        float[] weights = [.. Enumerable.Range(0, names.Count * labels).Select(_ => random.Next(5) == 0 ? 0f : (float)Math.Round((random.NextDouble() * 4) - 2, 1))];
        var model = new LinearModel(
            TinyModels.Info,
            [.. Enumerable.Range(0, labels).Select(l => new ModelLabel("l" + l, 0, 0.5, LabelMethod.Model))],
            [.. names.Select(n => WordHash.OfName(n))],
            weights);
        for (int paper = 0; paper < (wordsPerPaper > 1000 ? 2 : 30); paper++)
        {
            string text = string.Join(' ', Enumerable.Range(0, wordsPerPaper).Select(_ => vocabulary[random.Next(random.Next(2) == 0 ? 8 : 60)]));
            var words = new WordList();
            words.AddSegment(text);
            var features = new FeatureBuffer();
            features.Fill(words, model.Info.Features);
            var scores = new ModelScores();
            model.Score(features, scores);
            var counted = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < features.Count; i++)
            {
                string name = features.NameOf(i);
                counted[name] = counted.GetValueOrDefault(name) + features.Counts[i];
            }

            var rowOf = model.FeatureIds.Select((id, row) => (id, row)).ToDictionary(f => f.id, f => f.row);
            for (int l = 0; l < labels; l++)
            {
                // the model scores with its 16-bit weights: count × integer weight × (1/√n × the label's scale)
                double unit = scores.Scale * model.Scales[l];
                int Quantised(string name) => rowOf.TryGetValue(WordHash.OfName(name), out int row) ? model.QuantisedWeights[(row * labels) + l] : 0;
                foreach (bool positive in new[] { true, false })
                {
                    var expected = counted
                        .Select(c => (Name: c.Key, Value: c.Value * Quantised(c.Key) * unit))
                        .Where(c => positive ? c.Value > 0 : c.Value < 0)
                        .OrderBy(c => positive ? -c.Value : c.Value).ThenBy(c => c.Name, StringComparer.Ordinal)
                        .Take(5)
                        .ToList();
                    IReadOnlyList<KeyValuePair<string, double>> top = model.TopFeatures(scores, l, 5, positive);
                    Assert.Equal(expected.Select(e => e.Name), top.Select(t => t.Key));
                    Assert.Equal(expected.Select(e => e.Value), top.Select(t => t.Value));
                }
            }
        }
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
