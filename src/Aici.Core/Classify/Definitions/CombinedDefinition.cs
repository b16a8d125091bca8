namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Categories where the paper has arXiv categories (<see cref="CategoriesDefinition"/>), the model elsewhere
/// (<see cref="ModelDefinition"/>). Image, sound and text: a listed category, or the label's chosen text method.
/// </summary>
public sealed class CombinedDefinition : AnalysedDefinition
{
    public const string DefinitionName = "combined";

    private readonly CategoriesDefinition _categories;
    private readonly ModelDefinition _model;

    public CombinedDefinition(ResearchRules rules)
        : base(rules)
    {
        _categories = new CategoriesDefinition(rules);
        _model = new ModelDefinition(rules);
    }

    public override string Name => DefinitionName;

    public override string Version => $"{_categories.Version} + {_model.Version}";

    public override ModalityMode Modalities => ModalityMode.CategoriesOrText;

    public override AiDecision Decide(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.HasCategories ? _categories.Decide(paper) : _model.Decide(paper);
    }

    public override bool IsAi(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.HasCategories ? _categories.IsAi(paper) : _model.IsAi(paper);
    }
}
