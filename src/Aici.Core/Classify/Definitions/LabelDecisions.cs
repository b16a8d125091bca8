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
        if (!byCategory && !byPhrases)
        {
            return null;
        }

        return new Evidence(byCategory ? m.CopyCategories(label) : Array.Empty<string>(), byPhrases ? m.Phrases(label) : Array.Empty<string>());
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

    /// <summary>A label by its chosen text method, or null; categories are not read.</summary>
    public static Evidence? ByText(PaperAnalysis paper, int label, IReadOnlyList<string> categories)
    {
        LabelMethod method = paper.Rules.MethodOf(label);
        if (method == LabelMethod.Phrases || paper.Rules.Model is null)
        {
            bool byPhrases = paper.Matches.ByPhrases(label);
            return byPhrases || categories.Count > 0
                ? new Evidence(categories, byPhrases ? paper.Matches.Phrases(label) : [])
                : null;
        }

        (bool model, double p) = ByModel(paper, label);
        bool phrases = paper.Matches.ByPhrases(label);
        bool carries = method switch
        {
            LabelMethod.Model => model,
            LabelMethod.Either => model || phrases,
            _ => model && phrases,
        } || categories.Count > 0;
        if (!carries)
        {
            return null;
        }

        IReadOnlyList<string> phraseEvidence = method != LabelMethod.Model && phrases ? paper.Matches.Phrases(label) : [];
        return ModelEvidence(paper, label, p, categories, phraseEvidence);
    }
}
