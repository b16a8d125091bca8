namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The common part of the built-in definitions: <see cref="IAiDefinition.Decide(PaperText)"/> loads the paper into a
/// per-thread <see cref="PaperAnalysis"/> and decides from it, so the definitions are thread-safe.
/// </summary>
public abstract class AnalysedDefinition : IAnalysedDefinition
{
    [ThreadStatic]
    private static PaperAnalysis? t_scratch;

    protected AnalysedDefinition(ResearchRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    public ResearchRules Rules { get; }

    public abstract string Name { get; }

    public abstract string Version { get; }

    public abstract ModalityMode Modalities { get; }

    public AiDecision Decide(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        PaperAnalysis scratch = Scratch(Rules);
        scratch.Load(paper);
        return Decide(scratch);
    }

    public abstract AiDecision Decide(PaperAnalysis paper);

    public virtual bool IsAi(PaperAnalysis paper) => Decide(paper).IsAi;

    public override string ToString() => $"{Name} ({Version})";

    /// <summary>A per-thread analysis buffer for <paramref name="rules"/>.</summary>
    internal static PaperAnalysis Scratch(ResearchRules rules)
    {
        PaperAnalysis? scratch = t_scratch;
        if (scratch is null || !ReferenceEquals(scratch.Rules, rules))
        {
            t_scratch = scratch = new PaperAnalysis(rules);
        }

        return scratch;
    }
}
