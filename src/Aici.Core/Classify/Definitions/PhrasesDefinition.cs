namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The phrase lists alone: a paper is AI when its title and abstract name a phrase of <c>taxonomy/ai.json</c>,
/// whatever its categories. A baseline for evaluation: on text-only input it is the same as
/// <see cref="CategoriesDefinition"/>.
/// </summary>
public sealed class PhrasesDefinition(ResearchRules rules) : AnalysedDefinition(rules)
{
    public const string DefinitionName = "phrases";

    public override string Name => DefinitionName;

    public override string Version => Rules.RulesVersion;

    public override ModalityMode Modalities => ModalityMode.Phrases;

    public override AiDecision Decide(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        Evidence? evidence = LabelDecisions.ByRule(paper, Rules.AiLabel, useCategories: false);
        return evidence is null ? new AiDecision(false, 0, new Evidence([], [])) : new AiDecision(true, 1, evidence);
    }

    public override bool IsAi(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.Matches.ByPhrases(Rules.AiLabel);
    }
}
