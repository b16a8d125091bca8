using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

/// <summary>Hand-made models and rules for the tests: a few features whose weights are easy to add up.</summary>
internal static class TinyModels
{
    public static readonly ModelInfo Info = new("tiny", "0.0.1", new DateOnly(2026, 1, 2), new FeatureSettings(Bigrams: true, TitleWeight: 1));

    /// <summary>
    /// Labels ai (bias -2, threshold 0.5) and image (bias -1, threshold 0.5, method model). Features: "neural" (ai +4),
    /// "neural network" (ai +2), "image" (image +6), "theorem" (ai -3).
    /// </summary>
    public static LinearModel AiAndImage(LabelMethod imageMethod = LabelMethod.Model) => new(
        Info,
        [new ModelLabel("ai", -2, 0.5, LabelMethod.Model), new ModelLabel("image", -1, 0.5, imageMethod)],
        [WordHash.OfName("image"), WordHash.OfName("neural"), WordHash.OfName("neural network"), WordHash.OfName("theorem")],
        [0f, 6f, 4f, 0f, 2f, 0f, -3f, 0f]);

    public static ResearchRules Rules(LinearModel? model = null) =>
        new([(TestTaxonomies.Ai, LabelGroup.Ai), (TestTaxonomies.Modalities, LabelGroup.Modality), (TestTaxonomies.Techniques, LabelGroup.Technique)], model);
}
