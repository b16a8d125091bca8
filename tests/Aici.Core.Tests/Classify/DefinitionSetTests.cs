using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Measure;

namespace Aici.Core.Tests.Classify;

public sealed class DefinitionSetTests
{
    private static readonly PaperText[] Papers =
    [
        new("GANs for video and music", "Style transfer with a neural network.", ["cs.CV"]),
        new("A theorem", "", ["cs.CV"]),
        new("image", "", []),
        new("video", "", []),
        new("A theorem", "On primes.", ["math.NT"]),
        new("Neural networks for images", "We train a deep network on photographs.", []),
    ];

    [Theory]
    [InlineData(LabelMethod.Model)]
    [InlineData(LabelMethod.Either)]
    [InlineData(LabelMethod.Both)]
    [InlineData(LabelMethod.Phrases)]
    public void Each_definitions_bits_agree_with_its_own_labeller(LabelMethod imageMethod)
    {
        ResearchRules rules = TinyModels.Rules(TinyModels.AiAndImage(imageMethod));
        IAiDefinition[] definitions = [.. AiDefinitions.BuiltIn.Select(name => AiDefinitions.Create(name, rules))];
        var set = new DefinitionSet(rules, definitions);
        Assert.Equal(AiDefinitions.BuiltIn, set.Names);
        PaperAnalysis analysis = new ResearchLabeller(rules, definitions[0]).NewAnalysis();
        foreach (PaperText paper in Papers)
        {
            analysis.Load(paper);
            int packed = set.Decide(analysis);
            for (int d = 0; d < definitions.Length; d++)
            {
                LabelledPaper labels = new ResearchLabeller(rules, definitions[d]).Label(paper);
                Modalities expected = Modalities.None;
                foreach (Label label in labels.Modalities)
                {
                    expected |= label.Name switch { "image" => Modalities.Image, "sound" => Modalities.Sound, _ => Modalities.Text };
                }

                Assert.True(labels.Ai.IsAi == DefinitionSet.IsAi(packed, d), $"{definitions[d].Name} ai on '{paper.Title}'");
                Assert.True(expected == DefinitionSet.ModalitiesOf(packed, d), $"{definitions[d].Name} modalities on '{paper.Title}': {expected} vs {DefinitionSet.ModalitiesOf(packed, d)}");
            }
        }
    }

    [Fact]
    public void Definitions_decide_differently_and_the_bits_keep_them_apart()
    {
        ResearchRules rules = TinyModels.Rules(TinyModels.AiAndImage());
        var set = new DefinitionSet(rules, [AiDefinitions.Create("categories", rules), AiDefinitions.Create("model", rules)]);
        PaperAnalysis analysis = new ResearchLabeller(rules, AiDefinitions.Create("categories", rules)).NewAnalysis();
        analysis.Load(new PaperText("A theorem", "", ["cs.CV"]));
        int packed = set.Decide(analysis);
        Assert.True(DefinitionSet.IsAi(packed, 0));
        Assert.Equal(Modalities.Image, DefinitionSet.ModalitiesOf(packed, 0));
        Assert.Equal(Modalities.None, DefinitionSet.ModalitiesOf(packed, 1));
    }

    [Fact]
    public void Too_many_or_repeated_definitions_are_refused()
    {
        ResearchRules rules = TinyModels.Rules(TinyModels.AiAndImage());
        IAiDefinition categories = AiDefinitions.Create("categories", rules);
        Assert.Throws<ArgumentException>(() => new DefinitionSet(rules, [categories, categories]));
        Assert.Throws<ArgumentException>(() => new DefinitionSet(rules, Enumerable.Repeat(0, 9).Select(_ => AiDefinitions.Create("categories", rules))));
        ResearchRules other = TinyModels.Rules(TinyModels.AiAndImage());
        Assert.Throws<ArgumentException>(() => new DefinitionSet(other, [categories]));
    }
}
