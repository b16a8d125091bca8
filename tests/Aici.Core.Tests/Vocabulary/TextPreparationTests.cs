using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class TextPreparationTests
{
    [Fact]
    public void Lower_cases_drops_stop_words_short_tokens_and_tokens_with_digits()
    {
        List<string> tokens = TextPreparation.Tokens("We train a GAN on 3D shapes of the ShapeNet-v2 set in 2019 with an RNN.");
        Assert.Equal(["train", "gan", "shapes", "set", "rnn"], tokens);
    }

    [Fact]
    public void Joins_hyphenated_words_with_underscores()
    {
        Assert.Equal(["self_supervised", "state_of_the_art", "results"], TextPreparation.Tokens("Self-supervised, state-of-the-art results"));
    }

    [Fact]
    public void Folds_latex_and_accents_and_splits_apostrophes()
    {
        Assert.Equal(["model", "cafe", "musique", "cafe"], TextPreparation.Tokens("The model's caf\\'e musique caf\u00e9"));
    }

    [Fact]
    public void Keeps_the_nltk_stop_word_list_and_quot()
    {
        Assert.Equal(180, StopWords.Count);
        Assert.True(StopWords.Contains("quot"));
        Assert.False(TextPreparation.Keeps("between"));
        Assert.True(TextPreparation.Keeps("network"));
    }
}
