using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class DefinitionsTests
{
    private static readonly ResearchRules Rules = TinyModels.Rules(TinyModels.AiAndImage());

    private static AiDecision Decide(string definition, string title, string abstractText, params string[] categories) =>
        AiDefinitions.Create(definition, Rules).Decide(new PaperText(title, abstractText, categories));

    [Fact]
    public void Categories_decide_by_a_core_category_or_by_phrases()
    {
        AiDecision byCategory = Decide("categories", "On graphs", "We prove a theorem.", "cs.LG");
        Assert.True(byCategory.IsAi);
        Assert.Equal(["cs.LG"], byCategory.Evidence.Categories);
        Assert.True(Decide("categories", "Music", "A deep learning model composes music.", "cs.SD").IsAi);
        Assert.False(Decide("categories", "Room acoustics", "Reverberation of halls.", "cs.SD").IsAi);
    }

    [Fact]
    public void Phrases_ignore_categories() =>
        Assert.False(Decide("phrases", "On graphs", "We prove a theorem.", "cs.LG").IsAi);

    [Fact]
    public void The_model_decides_by_its_probability_and_threshold_with_the_features_as_evidence()
    {
        // "neural" ×2 (+8) and "neural neural" (0) over sqrt(3): margin -2 + 8/1.732 = 2.62 → p = 0.93
        AiDecision yes = Decide("model", "neural neural", "", "math.CO");
        Assert.True(yes.IsAi);
        Assert.Equal(LinearModel.Sigmoid(-2 + (8 / Math.Sqrt(3))), yes.Score, 0.0001);
        Assert.Equal(yes.Score, yes.Evidence.Score);
        Assert.Equal("neural", yes.Evidence.Features[0].Key);
        Assert.Empty(yes.Evidence.Categories);
        AiDecision no = Decide("model", "A theorem", "", "cs.LG");
        Assert.False(no.IsAi);
        Assert.True(no.Score < 0.5);
    }

    [Fact]
    public void Combined_uses_categories_when_the_paper_has_them_and_the_model_otherwise()
    {
        // categories present, none of them AI, no AI phrase: not AI although the model says yes
        Assert.False(Decide("combined", "neural neural", "", "math.CO").IsAi);
        Assert.True(Decide("combined", "A theorem", "", "cs.LG").IsAi);
        // no categories: the model
        AiDecision model = Decide("combined", "neural neural", "");
        Assert.True(model.IsAi);
        Assert.NotNull(model.Evidence.Score);
        Assert.False(Decide("combined", "A theorem", "").IsAi);
    }

    [Fact]
    public void The_factory_names_its_definitions_and_refuses_unknown_ones()
    {
        foreach (string name in AiDefinitions.BuiltIn)
        {
            Assert.Equal(name, AiDefinitions.Create(name, Rules).Name);
        }

        ArgumentException unknown = Assert.Throws<ArgumentException>(() => AiDefinitions.Create("magic", Rules));
        Assert.Contains("categories, phrases, model, combined", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("not available", Assert.Throws<ArgumentException>(() => AiDefinitions.Create("vocabulary", Rules)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AiDefinitions.Create("model", TinyModels.Rules()));
        Assert.Equal("combined", AiDefinitions.Create("categories", TinyModels.Rules()).Name == "categories" ? AiDefinitions.Default : "");
    }

    [Fact]
    public void Other_definitions_are_taken_up_by_name()
    {
        var vocabulary = new FixedDefinition();
        Assert.Same(vocabulary, AiDefinitions.Create("vocabulary", Rules, [vocabulary]));
        var labeller = new ResearchLabeller(Rules, vocabulary);
        LabelledPaper labels = labeller.Label(new PaperText("Images", "image", ["cs.CV"]));
        Assert.True(labels.Ai.IsAi);
        Assert.Equal(["image"], labels.Modalities.Select(m => m.Name));
    }

    [Fact]
    public void Versions_name_the_rules_and_the_model()
    {
        Assert.Equal("ai test, modalities test, techniques test", AiDefinitions.Create("categories", Rules).Version);
        Assert.Equal("tiny 0.0.1", AiDefinitions.Create("model", Rules).Version);
        Assert.Equal("ai test, modalities test, techniques test + tiny 0.0.1", AiDefinitions.Create("combined", Rules).Version);
    }

    private sealed class FixedDefinition : IAiDefinition
    {
        public string Name => "vocabulary";

        public string Version => "fixed";

        public AiDecision Decide(PaperText paper) => new(true, 1, new Evidence([], ["fixed"]));
    }
}
