using System.Text;
using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

/// <summary>The counter against the reference path: <see cref="PhraseModel.Prepare"/> then <see cref="CategoryVocabulary.Count"/>.</summary>
public sealed class VocabularyCounterTests
{
    // Two passes: "deep" + "neural" joins first, then "deep_neural" + "network" in the second pass; "graph neural" and
    // "neural network" compete ("a b c" joins the first pair); "self_supervised" is both a hyphenated token and a pair;
    // "neural" is a term of its own too, so the first pass can take it from the count.
    private static readonly VocabularyList List = new(
        "1.0.0-test",
        new PhraseModel(
        [
            new PhrasePass(
            [
                KeyValuePair.Create(("deep", "neural"), 20d),
                KeyValuePair.Create(("neural", "network"), 20d),
                KeyValuePair.Create(("graph", "neural"), 20d),
                KeyValuePair.Create(("self", "supervised"), 20d),
                KeyValuePair.Create(("reinforcement", "learning"), 20d),
            ]),
            new PhrasePass(
            [
                KeyValuePair.Create(("deep_neural", "network"), 20d),
                KeyValuePair.Create(("graph_neural", "network"), 20d),
                KeyValuePair.Create(("self_supervised", "learning"), 20d),
            ]),
        ]),
        [
            new CategoryVocabulary("cs.AI", ["agent", "reinforcement_learning", "planning", "neural_network", "neural"], threshold: 2),
            new CategoryVocabulary("cs.LG", ["neural_network", "deep_neural_network", "self_supervised_learning", "self_supervised", "gradient", "training"], threshold: 1),
            new CategoryVocabulary("stat.ML", ["graph_neural_network", "kernel", "gradient"], threshold: 0),
        ]);

    private static readonly VocabularyCounter Counter = new(List);

    private static readonly VocabularyBound Bound = new(List);

    [Theory]
    [InlineData("")]
    [InlineData("A deep neural network and a neural network.")]
    [InlineData("Deep the neural network: stop words between the words of a phrase vanish.")]
    [InlineData("deep neural network deep neural network graph neural network")]
    [InlineData("graph neural network vs graph-neural network vs graph 2neural network")]
    [InlineData("Self-supervised learning; self supervised learning; self-supervised-learning; SELF SUPERVISED.")]
    [InlineData("An AGENT learns PLANNING by Reinforcement-Learning with an agent's plan and an x-agent.")]
    [InlineData("Ag\\'ent and planning for a {n}eural {network}, $training$ with a gradient~kernel.")]
    [InlineData("Un agént planifie: réseau neural\tnetwork, gradiént.")]
    [InlineData("neural networkneural network neural-network -neural network- neural--network")]
    [InlineData("ab neural ab network: short tokens are dropped, so the pair joins")]
    [InlineData("neural 3d network: a token with a digit is dropped too; neural ééé network is not")]
    [InlineData("a verylongtokenthatnobodywillevermatchbecauseitislongerthananytermorstopword neural network")]
    [InlineData("neural 3d-printing network, gradient: a glued token with a digit is dropped whole")]
    [InlineData("neural x2-y-z network training; neural-x network; neural x-network; neural, network")]
    [InlineData("agent neural network planning; agent neural-network planning; agent neural: network planning")]
    [InlineData("agent neural planning, deep neural network; agent neural the network planning; neural network-x")]
    public void Counts_equal_the_reference_preparation(string text)
    {
        AssertSameCounts(text);
    }

    [Fact]
    public void Counts_equal_the_reference_on_random_texts_of_the_vocabulary_words()
    {
        string[] words =
        [
            "deep", "neural", "network", "graph", "self", "supervised", "learning", "reinforcement", "agent", "planning",
            "gradient", "training", "kernel", "the", "of", "and", "is", "ab", "x2", "model", "Neural", "NETWORK", "ŕeseau",
            "\\'e", "{deep}", "$x$", "{n}eural", "$neural$", "self-supervised", "neural-network", "3d",
        ];
        string[] gaps = [" ", " ", " ", ", ", "-", ". ", "\n", " -", "--", "'", "_", "~", "-\n", "\t", "-~"];
        foreach (string text in RandomTexts(20261125, words, gaps, maxWords: 40))
        {
            AssertSameCounts(text);
        }
    }

    [Fact]
    public void Hyphens_digits_case_and_token_lengths_count_as_the_reference()
    {
        // hyphens at token edges and in runs, digits inside tokens, upper case, tokens of two, three and many letters,
        // underscores and other separators, in a plain ASCII text and in the same text with an accented letter (which
        // is folded before it is counted)
        string[] words =
        [
            "deep", "Neural", "NETWORK", "graph", "self", "supervised", "Learning", "reinforcement", "agent", "planning",
            "gradient", "training", "kernel", "the", "of", "ab", "abc", "x2", "2x", "a1b", "self-supervised",
            "neural-network", "deep-neural-network", "graph-neural", "verylongtokenverylongtokenverylongtoken", "-", "--",
        ];
        string[] gaps = [" ", " ", "-", "- ", " -", "_", ".", ",", "'", "\n", "(", ")", "/", "--", "-_"];
        foreach (string ascii in RandomTexts(20261206, words, gaps, maxWords: 30))
        {
            AssertSameCounts(ascii);
            AssertSameCounts(ascii + " é");
        }
    }

    [Fact]
    public void Passes_when_a_category_count_is_above_its_threshold()
    {
        Assert.False(Counter.Passes("The agent plans."));
        Assert.True(Counter.Passes("A kernel."));                           // stat.ML: 1 > 0
        Assert.True(Counter.Passes("Training by gradient descent."));       // cs.LG: 2 > 1
        Assert.False(Counter.Passes("Training, training and training."));   // distinct terms: 1
    }

    [Fact]
    public void A_long_text_with_many_tokens_is_counted_whole()
    {
        string text = string.Concat(Enumerable.Repeat("filler words here ", 2000)) + "deep neural network gradient";
        AssertSameCounts(text);
        Assert.True(Counter.Passes(text));
    }

    [Fact]
    public void The_bound_turns_down_papers_whose_words_cannot_pass_and_only_those()
    {
        Assert.True(Bound.Usable);
        Assert.False(Bound.MayPass(Words("The agent plans."), 0));
        Assert.False(Bound.MayPass(Words("Planning an agent by training."), 0));  // cs.AI 2 of 2, cs.LG 1 of 1 at most
        Assert.True(Bound.MayPass(Words("A kernel."), 0));

        // only the counted segment's words count: the abstract's, or the title's when there is no abstract
        Assert.False(Bound.MayPass(Words("Neural network training", "The agent plans."), 1));
        Assert.True(Bound.MayPass(Words("Neural network training", "The agent plans."), 0));
        Assert.True(Counter.Passes("Neural network training"));
    }

    [Fact]
    public void The_bound_turns_down_terms_whose_words_are_apart_or_taken_by_a_phrase()
    {
        // neural_network's words apart, with a word between that the count keeps: cs.LG has training alone
        AssertTurnedDown("Neural methods for a network and training.");

        // "neural" is a cs.AI term, but each time it is followed by "network", which the first pass joins it with:
        // cs.AI has neural_network and agent, 2 of 2
        AssertTurnedDown("An agent with a neural network, a neural network.");
        AssertTurnedDown("An agent with a neural-network and neural-x.");

        // and what the count keeps, the bound lets through: stop words, short words and words with a digit (alone or
        // glued by a hyphen) vanish between the words of a term; "neural" stands alone before "networks"
        AssertLetThrough("Neural the 3d-printing network with training.");
        AssertLetThrough("An agent with a neural network and a neural networks.");
    }

    private static void AssertTurnedDown(string text)
    {
        Assert.False(Counter.Passes(text), $"'{text}' passes the count");
        Assert.False(Bound.MayPass(Words("Title", text), 1), $"'{text}': the bound lets it through");
    }

    private static void AssertLetThrough(string text)
    {
        Assert.True(Counter.Passes(text), $"'{text}' does not pass the count");
        Assert.True(Bound.MayPass(Words("Title", text), 1), $"'{text}': the bound turns it down");
    }

    private static Aici.Core.Classify.Model.WordList Words(params string[] segments)
    {
        var words = new Aici.Core.Classify.Model.WordList();
        foreach (string segment in segments)
        {
            words.AddSegment(segment);
        }

        return words;
    }

    /// <summary>5,000 texts of up to <paramref name="maxWords"/> words, each followed by a gap, drawn with a fixed seed.</summary>
    private static IEnumerable<string> RandomTexts(int seed, string[] words, string[] gaps, int maxWords)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (int round = 0; round < 5000; round++)
        {
            text.Clear();
            int length = random.Next(0, maxWords);
            for (int w = 0; w < length; w++)
            {
                text.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            }

            yield return text.ToString();
        }
    }

    private static void AssertSameCounts(string text)
    {
        IReadOnlyList<string> tokens = List.Phrases.Prepare(text);
        int[] expected = [.. List.Categories.Select(c => c.Count(tokens))];
        int[] actual = new int[Counter.Categories];
        Counter.Count(text, actual);
        Assert.True(expected.SequenceEqual(actual), $"'{text}': expected [{string.Join(",", expected)}], got [{string.Join(",", actual)}]");

        // the bound may let through papers that do not pass, never turn down one that does
        bool passes = expected.Select((count, c) => count > List.Categories[c].Threshold).Any(p => p);
        Assert.True(!passes || Bound.MayPass(Words("Title", text), 1), $"'{text}': passes but the bound turned it down");
    }
}
