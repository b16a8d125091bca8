using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class ResearchLabellerTests
{
    private static LabelledPaper Label(string definition, LabelMethod imageMethod, string title, string abstractText, params string[] categories)
    {
        ResearchRules rules = TinyModels.Rules(TinyModels.AiAndImage(imageMethod));
        return new ResearchLabeller(rules, AiDefinitions.Create(definition, rules)).Label(new PaperText(title, abstractText, categories));
    }

    [Fact]
    public void Labels_fall_into_their_groups_in_taxonomy_order()
    {
        LabelledPaper labels = Label("categories", LabelMethod.Model, "GANs for video and music", "Style transfer with a neural network.", "cs.CV");
        Assert.Equal(["image", "sound"], labels.Modalities.Select(l => l.Name));
        Assert.Equal(["gan", "style_transfer"], labels.Techniques.Select(l => l.Name));
        Assert.Empty(labels.Media);
        Assert.Empty(labels.CreativeDomains);
        Assert.Equal(["ai", "image", "sound", "gan", "style_transfer"], labels.All.Select(l => l.Name));
    }

    [Fact]
    public void The_categories_definition_keeps_the_foundation_rule_for_modalities()
    {
        LabelledPaper labels = Label("categories", LabelMethod.Model, "A theorem", "", "cs.CV");
        Label image = Assert.Single(labels.Modalities);
        Assert.Equal(["cs.CV"], image.Evidence.Categories);
        Assert.Null(image.Evidence.Score);
    }

    [Fact]
    public void The_model_definition_decides_modalities_by_each_labels_method_without_categories()
    {
        // "image" alone: margin -1 + 6/1 = 5 → the model says image; the phrase rule says so too
        Assert.Equal(["image"], Label("model", LabelMethod.Model, "image", "").Modalities.Select(l => l.Name));
        // a category is not read by the model definition
        Assert.Empty(Label("model", LabelMethod.Model, "A theorem", "", "cs.CV").Modalities);
        // "video" is an image phrase the model does not know: phrases say yes, the model no
        Assert.Empty(Label("model", LabelMethod.Model, "video", "").Modalities);
        Assert.Single(Label("model", LabelMethod.Either, "video", "").Modalities);
        Assert.Empty(Label("model", LabelMethod.Both, "video", "").Modalities);
        Label phrases = Assert.Single(Label("model", LabelMethod.Phrases, "video", "").Modalities);
        Assert.Equal(["video"], phrases.Evidence.Phrases);
    }

    [Fact]
    public void Combined_adds_a_listed_category_to_the_text_method()
    {
        Label image = Assert.Single(Label("combined", LabelMethod.Model, "A theorem", "", "cs.CV").Modalities);
        Assert.Equal(["cs.CV"], image.Evidence.Categories);
        Assert.NotNull(image.Evidence.Score);
        Assert.Empty(Label("combined", LabelMethod.Model, "A theorem", "").Modalities);
    }

    [Fact]
    public void Model_evidence_names_the_top_features_and_the_score()
    {
        Label image = Assert.Single(Label("model", LabelMethod.Model, "image of an image", "").Modalities);
        Assert.Equal("image", image.Evidence.Features[0].Key);
        Assert.True(image.Evidence.Score > 0.5);
        Assert.Contains("features: image +", image.Evidence.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_analysis_buffer_serves_paper_after_paper()
    {
        ResearchRules rules = TinyModels.Rules(TinyModels.AiAndImage());
        var labeller = new ResearchLabeller(rules, AiDefinitions.Create("combined", rules));
        PaperAnalysis analysis = labeller.NewAnalysis();
        analysis.Load(new PaperText("image", "", ["cs.CV"]));
        Assert.True(labeller.Label(analysis).Ai.IsAi);
        analysis.Load(new PaperText("A theorem", null, []));
        LabelledPaper second = labeller.Label(analysis);
        Assert.False(second.Ai.IsAi);
        Assert.Empty(second.Modalities);
    }
}
