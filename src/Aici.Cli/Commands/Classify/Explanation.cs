using System.Globalization;

using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// The text <c>aici explain</c> prints for one record: each label, carried or not, with its evidence, then the model's
/// view of every label it scores (probability, threshold, method, the features for and against), and the confirming
/// model's view of the labels whose phrases it confirms and that match.
/// </summary>
internal static class Explanation
{
    private const int Features = 8;

    public static void Write(TextWriter output, ClassifierSetup setup, PaperAnalysis paper, string id, string where)
    {
        ResearchLabeller labeller = setup.Labeller;
        LabelledPaper labels = labeller.Label(paper);
        output.WriteLine($"{id}  ({where})");
        output.WriteLine($"  title:      {Core.Text.MatchText.ForDisplay(new string(paper.Title))}");
        output.WriteLine($"  categories: {(paper.HasCategories ? string.Join(' ', paper.Categories) : "(none read)")}");
        output.WriteLine($"  definition: {setup.DefinitionText}");
        ResearchRules rules = labeller.Rules;
        int width = Enumerable.Range(0, rules.Phrases.Labels.Count)
            .Select(l => rules.Phrases.Labels[l].Name.Length + Group(rules.GroupOf(l)).Length + 3).Max();
        Line(output, "ai", labels.Ai.IsAi, labels.Ai.Evidence, width);
        var carried = labels.All.ToDictionary(l => l.Name, l => l.Evidence, StringComparer.Ordinal);
        for (int l = 0; l < rules.Phrases.Labels.Count; l++)
        {
            if (rules.GroupOf(l) == LabelGroup.Ai)
            {
                continue;
            }

            string name = rules.Phrases.Labels[l].Name;
            Line(output, $"{name} ({Group(rules.GroupOf(l))})", carried.TryGetValue(name, out Evidence? e), e, width);
        }

        if (rules.Model is { } model)
        {
            WriteModel(output, paper, model);
        }

        if (rules.Confirmer is { } confirmer)
        {
            WriteConfirmer(output, paper, rules, confirmer);
        }
    }

    // the confirming model's view of the labels whose phrases it confirms and that match here (it is not asked otherwise)
    private static void WriteConfirmer(TextWriter output, PaperAnalysis paper, ResearchRules rules, LinearModel confirmer)
    {
        int[] matched = [.. Enumerable.Range(0, rules.Phrases.Labels.Count).Where(l => rules.ConfirmColumn(l) >= 0 && paper.Matches.ByPhrases(l))];
        output.WriteLine($"  model {confirmer.Info}, confirming phrases: {(matched.Length == 0 ? "none it confirms matches" : "")}".TrimEnd());
        foreach (int l in matched)
        {
            int c = rules.ConfirmColumn(l);
            ModelLabel label = confirmer.Labels[c];
            double p = paper.ConfirmScores.Probability(c);
            output.WriteLine(Invariant(
                $"    {label.Name} p = {p:0.000} (threshold {label.Threshold:0.000}: {(p >= label.Threshold ? "yes" : "no")}) among papers whose phrases match"));
            output.WriteLine($"      for:     {Format(confirmer.TopFeatures(paper.ConfirmScores, c, Features))}");
            output.WriteLine($"      against: {Format(confirmer.TopFeatures(paper.ConfirmScores, c, Features, positive: false))}");
        }
    }

    private static void WriteModel(TextWriter output, PaperAnalysis paper, LinearModel model)
    {
        output.WriteLine($"  model {model.Info}:");
        for (int c = 0; c < model.Labels.Count; c++)
        {
            ModelLabel label = model.Labels[c];
            double p = paper.Probability(c);
            output.WriteLine(Invariant(
                $"    {label.Name,-6} p = {p:0.000} (threshold {label.Threshold:0.000}: {(p >= label.Threshold ? "yes" : "no")}), method {Core.Classify.Model.Training.ModelTrainer.Name(label.Method)}"));
            output.WriteLine($"      for:     {Format(model.TopFeatures(paper.Scores, c, Features))}");
            output.WriteLine($"      against: {Format(model.TopFeatures(paper.Scores, c, Features, positive: false))}");
        }
    }

    private static void Line(TextWriter output, string label, bool carried, Evidence? evidence, int width) =>
        output.WriteLine($"  {label.PadRight(width)} {(carried ? "yes" : "no ")}  {(carried ? evidence?.ToString() : "")}".TrimEnd());

    private static string Group(LabelGroup group) => group switch
    {
        LabelGroup.Modality => "modality",
        LabelGroup.Media => "media",
        LabelGroup.Technique => "technique",
        LabelGroup.CreativeDomain => "creative domain",
        _ => "ai",
    };

    private static string Format(IReadOnlyList<KeyValuePair<string, double>> features) =>
        features.Count == 0 ? "-" : string.Join(", ", features.Select(f => f.Key + " " + f.Value.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
