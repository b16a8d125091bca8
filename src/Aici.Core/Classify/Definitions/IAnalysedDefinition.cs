namespace Aici.Core.Classify.Definitions;

/// <summary>
/// A built-in <see cref="IAiDefinition"/> that decides from a <see cref="PaperAnalysis"/> already computed, so
/// <see cref="ResearchLabeller"/> reads each paper once whichever definition is chosen.
/// </summary>
public interface IAnalysedDefinition : IAiDefinition
{
    /// <summary>The rules the definition reads.</summary>
    ResearchRules Rules { get; }

    /// <summary>How the definition decides image, sound and text.</summary>
    ModalityMode Modalities { get; }

    AiDecision Decide(PaperAnalysis paper);

    /// <summary>Whether the paper is AI, as <see cref="Decide(PaperAnalysis)"/> says, without building its evidence.</summary>
    bool IsAi(PaperAnalysis paper);
}
