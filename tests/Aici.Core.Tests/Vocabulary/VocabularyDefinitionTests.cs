using Aici.Core.Classify;
using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class VocabularyDefinitionTests
{
    private static readonly VocabularyDefinition Definition = new(new VocabularyList(
        "1.0.0-test",
        new PhraseModel([new PhrasePass([KeyValuePair.Create(("neural", "network"), 20d), KeyValuePair.Create(("reinforcement", "learning"), 20d)])]),
        [
            new CategoryVocabulary("cs.AI", ["agent", "reinforcement_learning", "planning"], threshold: 2),
            new CategoryVocabulary("cs.LG", ["neural_network", "gradient", "training"], threshold: 1),
        ]));

    [Theory]
    [InlineData("A neural network trained by gradient descent.", "cs.CV")]
    [InlineData("An agent learns planning from training episodes.", "")]
    [InlineData("An agent learns planning by reinforcement learning.", "")]
    [InlineData("An AGENT learns PLANNING by Reinforcement-Learning with an agent's plan.", "hep-th")]
    [InlineData("Ag\\'ent and planning for a {n}eural {network}, $training$.", "")]
    [InlineData("Un agént planifie: réseau neural network, gradiént.", "")]
    [InlineData("Graph colouring with no vocabulary at all.", "math.CO")]
    [InlineData("Graph colouring.", "math.CO cs.LG")]
    [InlineData("", "")]
    public void The_quick_decision_equals_the_full_one(string text, string categories)
    {
        string[] list = categories.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (PaperText paper in new[] { new PaperText("Title", text, list), new PaperText(text.Length > 0 ? text : "T", null, list) })
        {
            Assert.Equal(Definition.Decide(paper).IsAi, Definition.IsAi(paper));
        }
    }

    [Fact]
    public void A_paper_in_a_core_category_is_ai_whatever_its_text()
    {
        AiDecision d = Definition.Decide(new PaperText("Graph colouring", "We colour graphs.", ["math.CO", "cs.LG"]));
        Assert.True(d.IsAi);
        Assert.Equal(["cs.LG"], d.Evidence.Categories);
        Assert.Equal("vocabulary", Definition.Name);
        Assert.Equal("vocabulary 1.0.0-test", Definition.Version);
    }

    [Fact]
    public void A_paper_outside_is_ai_when_one_category_count_is_above_its_threshold()
    {
        // cs.LG terms: neural_network, gradient → 2 > 1. cs.AI: none.
        AiDecision d = Definition.Decide(new PaperText("T", "A neural network trained by gradient descent.", ["cs.CV"]));
        Assert.True(d.IsAi);
        Assert.Equal(["gradient", "neural network"], d.Evidence.Phrases);
        Assert.Equal(1.0, d.Score, 9); // max(2 / (1 + 1), 0 / 3)
        Assert.Equal("cs.LG 2 terms, threshold 1", d.Evidence.Features[0].Key);
        Assert.Equal(1, d.Evidence.Features[0].Value);
    }

    [Fact]
    public void Counts_equal_to_the_threshold_do_not_pass_and_text_only_papers_use_the_same_tests()
    {
        // cs.AI: agent, planning = 2, not above 2; cs.LG: training = 1, not above 1.
        var paper = new PaperText("T", "An agent learns planning from training episodes.", []);
        AiDecision d = Definition.Decide(paper);
        Assert.False(d.IsAi);
        Assert.Equal(2 / 3.0, d.Score, 9);
        Assert.True(Definition.Decide(paper with { Abstract = "An agent learns planning by reinforcement learning." }).IsAi);
    }

    [Fact]
    public void Terms_count_once_and_a_phrase_must_be_joined_to_count()
    {
        // "neural ... network" apart is not the joined term; gradient twice counts once.
        Assert.False(Definition.Decide(new PaperText("T", "Neural models of a network, gradient and gradient.", [])).IsAi);
        Assert.True(Definition.Decide(new PaperText("Neural network training with gradient clipping", null, [])).IsAi); // no abstract: the title is read
    }
}
