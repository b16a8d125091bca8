using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class PhraseModelTests
{
    // Twelve documents: "neural network" 8 times, "deep" 8 times before it, and filler words once each.
    private static List<IReadOnlyList<string>> Corpus()
    {
        var docs = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 8; i++)
        {
            docs.Add(["deep", "neural", "network", "filler" + (char)('a' + i)]);
        }

        for (int i = 0; i < 4; i++)
        {
            docs.Add(["network", "other" + (char)('a' + i)]);
        }

        return docs;
    }

    [Fact]
    public void Scores_pairs_as_gensim_did_and_keeps_those_above_the_threshold()
    {
        // unigrams: deep 8, neural 8, network 12, 8 fillers, 4 others = 15 distinct; bigrams: deep→neural,
        // neural→network, 8 network→filler, 4 network→other = 14 distinct; |V| = 29.
        // score(deep, neural) = (8 − 5) / (8 · 8) · 29 = 1.359375; score(neural, network) = (8 − 5) / (8 · 12) · 29 = 0.90625;
        // pairs seen once score (1 − 5) / … < 0.
        PhrasePass pass = PhrasePass.Learn(Corpus(), minCount: 5, threshold: 1.0);
        var pair = Assert.Single(pass.Pairs);
        Assert.Equal(("deep", "neural"), pair.Key);
        Assert.Equal(1.359375, pair.Value, 9);
        Assert.Equal(2, PhrasePass.Learn(Corpus(), minCount: 5, threshold: 0.9).Count);
        Assert.Empty(PhrasePass.Learn(Corpus(), minCount: 8, threshold: 0).Pairs);
    }

    [Fact]
    public void Joins_left_to_right_without_overlap_and_a_second_pass_can_join_a_phrase_again()
    {
        var pass = new PhrasePass([KeyValuePair.Create(("deep", "neural"), 2d), KeyValuePair.Create(("neural", "network"), 2d)]);
        Assert.Equal(["deep_neural", "network", "model"], pass.Apply(["deep", "neural", "network", "model"]));
        var second = new PhrasePass([KeyValuePair.Create(("deep_neural", "network"), 2d)]);
        var model = new PhraseModel([pass, second]);
        Assert.Equal(["deep_neural_network", "model"], model.Apply(["deep", "neural", "network", "model"]));
        Assert.Equal(["deep_neural_network"], model.Prepare("A deep neural network."));
    }

    [Fact]
    public void Learning_two_passes_feeds_the_second_with_the_first_passes_output()
    {
        // pass 2 sees deep_neural 8, network 12, 14 distinct tokens and 13 distinct pairs: score(deep_neural, network) =
        // 3 / 96 · 27 = 0.84375, below 1, so nothing more is joined.
        PhraseModel model = PhraseModel.Learn(Corpus(), passes: 2, minCount: 5, threshold: 1.0);
        Assert.Equal(2, model.Passes.Count);
        Assert.Equal(["deep_neural", "network", "fillera"], model.Apply(["deep", "neural", "network", "fillera"]).Take(3));
    }
}
