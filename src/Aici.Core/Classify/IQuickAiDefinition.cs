using Aici.Core.Classify.Definitions;

namespace Aici.Core.Classify;

/// <summary>
/// A definition that can say whether a paper is AI faster than <see cref="IAiDefinition.Decide"/>, without evidence.
/// <c>IsAi(p)</c> always equals <c>Decide(p).IsAi</c>.
/// </summary>
public interface IQuickAiDefinition : IAiDefinition
{
    bool IsAi(PaperText paper);

    /// <summary>As <see cref="IsAi(PaperText)"/>, over a paper already loaded for the built-in definitions.</summary>
    bool IsAi(PaperAnalysis paper);
}
