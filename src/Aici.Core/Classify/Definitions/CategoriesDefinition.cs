namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The foundation's definition: a paper is AI when one of its arXiv categories is a core AI category (cs.AI, cs.LG,
/// cs.NE, stat.ML, cs.CV, cs.CL), or when its title and abstract name a phrase of <c>taxonomy/ai.json</c>. This is
/// <see cref="PaperClassifier"/>'s <c>ai</c> label; image, sound and text follow the same rule.
/// </summary>
public sealed class CategoriesDefinition(ResearchRules rules) : AnalysedDefinition(rules)
{
    public const string DefinitionName = "categories";

    public override string Name => DefinitionName;

    public override string Version => Rules.RulesVersion;

    public override ModalityMode Modalities => ModalityMode.CategoriesOrPhrases;

    public override AiDecision Decide(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        Evidence? evidence = LabelDecisions.ByRule(paper, Rules.AiLabel);
        return evidence is null ? new AiDecision(false, 0, new Evidence([], [])) : new AiDecision(true, 1, evidence);
    }

    public override bool IsAi(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.Matches.ByCategory(Rules.AiLabel) || paper.Matches.ByPhrases(Rules.AiLabel);
    }
}
