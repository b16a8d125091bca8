using Aici.Core.Taxonomy;

namespace Aici.Core.Tests;

/// <summary>Small taxonomies written for the tests, with the foundation's category rules.</summary>
internal static class TestTaxonomies
{
    public static readonly Taxonomy.Taxonomy Ai = new("ai", "test", [
        new LabelDefinition("ai", LabelKind.Ai, ["cs.AI", "cs.LG", "cs.NE", "stat.ML", "cs.CV", "cs.CL"],
            ["deep learning", "neural network", "gan", "generative adversarial"], []),
    ]);

    public static readonly Taxonomy.Taxonomy Modalities = new("modalities", "test", [
        new LabelDefinition("image", LabelKind.Modality, ["cs.CV", "eess.IV", "cs.GR"], ["image", "video"], []),
        new LabelDefinition("sound", LabelKind.Modality, ["cs.SD", "eess.AS"], ["audio", "speech", "music"],
            ["part of speech", "hate speech"]),
        new LabelDefinition("text", LabelKind.Modality, ["cs.CL"], ["text", "language model"], ["text-to-speech"]),
    ]);

    public static readonly Taxonomy.Taxonomy Techniques = new("techniques", "test", [
        new LabelDefinition("gan", LabelKind.Technique, [], ["gan", "generative adversarial"], []),
        new LabelDefinition("style_transfer", LabelKind.Technique, [], ["style transfer", "neural style"], []),
    ]);
}
