using Aici.Core.Taxonomy;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Labels papers under one AI definition: <c>ai</c> by the definition; image, sound and text by the definition's
/// <see cref="ModalityMode"/>; media, techniques and creative domains by their taxonomy rules. A paper is read once
/// into a <see cref="PaperAnalysis"/> (one per worker); the labeller itself is immutable and thread-safe.
/// </summary>
public sealed class ResearchLabeller
{
    private readonly IAnalysedDefinition? _analysed;

    /// <param name="rules">The rules and model.</param>
    /// <param name="definition">The AI definition: a built-in one over <paramref name="rules"/>, or any other (it is
    /// handed a <see cref="PaperText"/>; image, sound and text then follow the foundation's rule).</param>
    public ResearchLabeller(ResearchRules rules, IAiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(definition);
        Rules = rules;
        Definition = definition;
        _analysed = definition as IAnalysedDefinition;
        if (_analysed is not null && !ReferenceEquals(_analysed.Rules, rules))
        {
            throw new ArgumentException($"definition '{definition.Name}' was built over other rules", nameof(definition));
        }
    }

    public ResearchRules Rules { get; }

    public IAiDefinition Definition { get; }

    /// <summary>A scratch buffer for one worker.</summary>
    public PaperAnalysis NewAnalysis() => new(Rules);

    /// <summary>Labels <paramref name="paper"/> (allocating its own analysis buffer per thread).</summary>
    public LabelledPaper Label(PaperText paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        PaperAnalysis scratch = AnalysedDefinition.Scratch(Rules);
        scratch.Load(paper);
        return Label(scratch);
    }

    /// <summary>Labels the paper loaded in <paramref name="paper"/>.</summary>
    public LabelledPaper Label(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        AiDecision ai = _analysed is not null ? _analysed.Decide(paper) : Definition.Decide(paper.ToPaperText());
        ModalityMode mode = _analysed?.Modalities ?? ModalityMode.CategoriesOrPhrases;
        List<Label>? modalities = null;
        List<Label>? media = null;
        List<Label>? techniques = null;
        List<Label>? domains = null;
        var labels = Rules.Phrases.Labels;

        // a label no category or phrase of the paper names, and that the model does not decide, is not carried
        ulong candidates = paper.Matches.Named | Rules.ModelLabels;
        for (int l = 0; l < labels.Count; l++)
        {
            if (l < 64 && (candidates & (1UL << l)) == 0)
            {
                continue;
            }

            LabelGroup group = Rules.GroupOf(l);
            if (group == LabelGroup.Ai)
            {
                continue;
            }

            Evidence? evidence = LabelDecisions.ByMode(paper, l, mode);
            if (evidence is null)
            {
                continue;
            }

            var label = new Label(labels[l].Name, labels[l].Kind, evidence);
            switch (group)
            {
                case LabelGroup.Modality:
                    (modalities ??= []).Add(label);
                    break;
                case LabelGroup.Media:
                    (media ??= []).Add(label);
                    break;
                case LabelGroup.Technique:
                    (techniques ??= []).Add(label);
                    break;
                default:
                    (domains ??= []).Add(label);
                    break;
            }
        }

        return new LabelledPaper(ai, modalities ?? [], media ?? [], techniques ?? [], domains ?? []);
    }

    /// <summary>The output group of each label name, for writers that group labels.</summary>
    public LabelGroup GroupOf(string label)
    {
        int index = Rules.Phrases.IndexOf(label);
        return index < 0 ? (label == LabelNames.Ai ? LabelGroup.Ai : LabelGroup.CreativeDomain) : Rules.GroupOf(index);
    }
}
