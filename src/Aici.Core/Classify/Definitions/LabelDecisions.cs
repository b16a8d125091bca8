using Aici.Core.Classify.Model;

namespace Aici.Core.Classify.Definitions;

/// <summary>The decisions every definition shares: by rule, by phrases, by model, and by a label's chosen text method.</summary>
internal static class LabelDecisions
{
    /// <summary>How many of the model's features an explanation lists.</summary>
    public const int TopFeatures = 5;

    /// <summary>The foundation's rule (a listed category or enough phrases), with <see cref="PaperClassifier"/>'s evidence.</summary>
    public static Evidence? ByRule(PaperAnalysis paper, int label, bool useCategories = true)
    {
        RuleMatches m = paper.Matches;
        bool byCategory = useCategories && m.ByCategory(label);
        bool byPhrases = m.ByPhrases(label);
        double? score = null;
        if (byPhrases)
        {
            (byPhrases, score) = Confirmation(paper, label);
        }

        if (!byCategory && !byPhrases)
        {
            return null;
        }

        IReadOnlyList<string> categories = byCategory ? m.CopyCategories(label) : Array.Empty<string>();
        return byPhrases && score is not null
            ? new Evidence(categories, m.Phrases(label)) { Score = score, Features = paper.Rules.Confirmer!.TopFeatures(paper.ConfirmScores, paper.Rules.ConfirmColumn(label), TopFeatures) }
            : new Evidence(categories, byPhrases ? m.Phrases(label) : Array.Empty<string>());
    }

    /// <summary>
    /// Whether the label's phrases carry it: enough phrases, confirmed by the confirming model where it has a say
    /// (<see cref="ResearchRules.ConfirmColumn"/>).
    /// </summary>
    public static bool ByConfirmedPhrases(PaperAnalysis paper, int label) =>
        paper.Matches.ByPhrases(label) && Confirmation(paper, label).Confirmed;

    // Whether the confirming model agrees with the label's phrases, and its probability (confirmed, null, when it has
    // no say on the label).
    private static (bool Confirmed, double? Probability) Confirmation(PaperAnalysis paper, int label)
    {
        int column = paper.Rules.ConfirmColumn(label);
        if (column < 0)
        {
            return (true, null);
        }

        double p = paper.ConfirmScores.Probability(column);
        return (p >= paper.Rules.Confirmer!.Labels[column].Threshold, p);
    }

    /// <summary>The model's decision for rule label <paramref name="label"/>: its probability against the threshold.</summary>
    public static (bool Carries, double Probability) ByModel(PaperAnalysis paper, int label)
    {
        int column = paper.Rules.ModelColumn(label);
        double p = paper.Probability(column);
        return (p >= paper.Rules.Model!.Labels[column].Threshold, p);
    }

    /// <summary>The model's evidence: its probability and the features that weighed most for the label.</summary>
    public static Evidence ModelEvidence(PaperAnalysis paper, int label, double probability, IReadOnlyList<string> categories, IReadOnlyList<string> phrases)
    {
        int column = paper.Rules.ModelColumn(label);
        return new Evidence(categories, phrases)
        {
            Features = paper.Rules.Model!.TopFeatures(paper.Scores, column, TopFeatures),
            Score = probability,
        };
    }

    /// <summary>
    /// A label under a definition's <see cref="ModalityMode"/>, with its evidence, or null: labels the model knows follow
    /// the mode, the others the foundation's rule.
    /// </summary>
    public static Evidence? ByMode(PaperAnalysis paper, int label, ModalityMode mode) => Effective(paper, label, mode) switch
    {
        ModalityMode.CategoriesOrPhrases => ByRule(paper, label),
        ModalityMode.Phrases => ByRule(paper, label, useCategories: false),
        ModalityMode.Text => ByText(paper, label, Array.Empty<string>()),
        _ => ByText(paper, label, paper.Matches.CopyCategories(label)),
    };

    /// <summary>Whether <see cref="ByMode"/> carries the label, without building its evidence.</summary>
    public static bool Carries(PaperAnalysis paper, int label, ModalityMode mode)
    {
        RuleMatches m = paper.Matches;
        return Effective(paper, label, mode) switch
        {
            ModalityMode.CategoriesOrPhrases => m.ByCategory(label) || ByConfirmedPhrases(paper, label),
            ModalityMode.Phrases => ByConfirmedPhrases(paper, label),
            ModalityMode.Text => CarriesByText(paper, label),
            _ => m.ByCategory(label) || CarriesByText(paper, label),
        };
    }

    /// <summary>Whether the label's chosen text method (model, phrases, either, both) carries it; categories are not read.</summary>
    public static bool CarriesByText(PaperAnalysis paper, int label)
    {
        bool phrases = paper.Matches.ByPhrases(label);
        LabelMethod method = paper.Rules.MethodOf(label);
        if (method == LabelMethod.Phrases || paper.Rules.Model is null)
        {
            return phrases;
        }

        bool model = ByModel(paper, label).Carries;
        return method switch
        {
            LabelMethod.Model => model,
            LabelMethod.Either => model || phrases,
            _ => model && phrases,
        };
    }

    /// <summary>A label by its chosen text method, or by <paramref name="categories"/> when there are any; else null.</summary>
    public static Evidence? ByText(PaperAnalysis paper, int label, IReadOnlyList<string> categories)
    {
        if (categories.Count == 0 && !CarriesByText(paper, label))
        {
            return null;
        }

        bool phrases = paper.Matches.ByPhrases(label);
        LabelMethod method = paper.Rules.MethodOf(label);
        if (method == LabelMethod.Phrases || paper.Rules.Model is null)
        {
            return new Evidence(categories, phrases ? paper.Matches.Phrases(label) : []);
        }

        IReadOnlyList<string> phraseEvidence = method != LabelMethod.Model && phrases ? paper.Matches.Phrases(label) : [];
        return ModelEvidence(paper, label, ByModel(paper, label).Probability, categories, phraseEvidence);
    }

    private static ModalityMode Effective(PaperAnalysis paper, int label, ModalityMode mode) =>
        paper.Rules.ModelColumn(label) >= 0 ? mode : ModalityMode.CategoriesOrPhrases;
}
