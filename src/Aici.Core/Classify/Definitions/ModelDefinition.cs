using Aici.Core.Classify.Model;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The supervised text model: a paper is AI when the model's <c>ai</c> probability reaches the threshold chosen on the
/// training split. Categories are not read. Image, sound and text follow each label's chosen text method.
/// </summary>
public sealed class ModelDefinition : AnalysedDefinition
{
    public const string DefinitionName = "model";

    public ModelDefinition(ResearchRules rules)
        : base(rules)
    {
        Model = rules.Model ?? throw new ArgumentException("the model definition needs a model", nameof(rules));
    }

    public LinearModel Model { get; }

    public override string Name => DefinitionName;

    public override string Version => Model.Info.ToString();

    public override ModalityMode Modalities => ModalityMode.Text;

    public override AiDecision Decide(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        (bool carries, double p) = LabelDecisions.ByModel(paper, Rules.AiLabel);
        return new AiDecision(carries, p, LabelDecisions.ModelEvidence(paper, Rules.AiLabel, p, [], []));
    }

    public override bool IsAi(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return LabelDecisions.ByModel(paper, Rules.AiLabel).Carries;
    }
}
