namespace Aici.Core.Taxonomy;

/// <summary>What a label says about a paper.</summary>
public enum LabelKind
{
    /// <summary>The paper is about artificial intelligence.</summary>
    Ai,

    /// <summary>The medium the paper's AI works on: image, sound or text.</summary>
    Modality,

    /// <summary>A technique the paper uses: GANs, style transfer, diffusion, LLMs…</summary>
    Technique,

    /// <summary>A finer medium than the modalities: video, 3D, music, speech.</summary>
    Medium,

    /// <summary>A creative-industries sub-sector the paper's work applies to (DCMS definition), or games.</summary>
    CreativeDomain,
}
