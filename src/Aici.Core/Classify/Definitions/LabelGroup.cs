namespace Aici.Core.Classify.Definitions;

/// <summary>The list of <c>aici classify</c>'s output a label belongs to.</summary>
public enum LabelGroup
{
    /// <summary>The <c>ai</c> label.</summary>
    Ai,

    /// <summary>image, sound, text.</summary>
    Modality,

    /// <summary>video, 3d, music, speech.</summary>
    Media,

    /// <summary>gan, style_transfer, diffusion, vae, transformer, llm, reinforcement_learning, neural_rendering.</summary>
    Technique,

    /// <summary>The creative domains of the creative-domains taxonomy.</summary>
    CreativeDomain,
}
