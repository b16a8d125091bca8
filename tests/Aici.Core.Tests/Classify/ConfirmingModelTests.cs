using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Core.Taxonomy;

namespace Aici.Core.Tests.Classify;

/// <summary>A confirming model: a creative domain's phrases count only where it agrees, and how one is trained.</summary>
public sealed class ConfirmingModelTests
{
    private static readonly Taxonomy.Taxonomy Domains = new("creative_domains", "test", [
        new LabelDefinition("publishing", LabelKind.CreativeDomain, [], ["book", "novel"], []),
        new LabelDefinition("games", LabelKind.CreativeDomain, [], ["video game"], []),
    ]);

    /// <summary>Publishing (bias -1, threshold 0.5, both): "poems" +8, "jupyter" -8. Games: phrases alone.</summary>
    private static LinearModel Confirmer(LabelMethod publishing = LabelMethod.Both, string games = "games") => new(
        TinyModels.Info with { Name = "domains" },
        [new ModelLabel("publishing", -1, 0.5, publishing), new ModelLabel(games, 0, 0.5, LabelMethod.Phrases)],
        [WordHash.OfName("poems"), WordHash.OfName("jupyter")],
        [8f, 0f, -8f, 0f]);

    private static ResearchRules Rules(LinearModel? confirmer) =>
        new([(TestTaxonomies.Ai, LabelGroup.Ai), (TestTaxonomies.Modalities, LabelGroup.Modality), (Domains, LabelGroup.CreativeDomain)], null, confirmer);

    private static LabelledPaper Label(ResearchRules rules, string title) =>
        new ResearchLabeller(rules, AiDefinitions.Create(PhrasesDefinition.DefinitionName, rules)).Label(new PaperText(title, "An abstract.", []));

    [Fact]
    public void A_domains_phrases_count_only_where_the_confirming_model_agrees()
    {
        ResearchRules rules = Rules(Confirmer());
        Assert.True(Label(rules, "A book of poems written with a language model").Has("publishing"));
        Assert.False(Label(rules, "A Jupyter book of experiments").Has("publishing"));
        // the phrases alone carry it in both
        Assert.True(Label(rules.WithConfirmer(null), "A Jupyter book of experiments").Has("publishing"));
        // a label the confirming model decides by its phrases alone is not confirmed
        Assert.True(Label(rules, "Agents for a video game with jupyter notebooks").Has("games"));
        Assert.False(Label(rules, "A study of poems").Has("publishing"));
    }

    [Fact]
    public void A_confirmed_label_keeps_its_phrases_and_the_models_score_and_features_as_evidence()
    {
        Label publishing = Label(Rules(Confirmer()), "A book of poems").CreativeDomains.Single();
        Assert.Equal(["book"], publishing.Evidence.Phrases);
        Assert.True(publishing.Evidence.Score > 0.5);
        Assert.Equal("poems", publishing.Evidence.Features[0].Key);
    }

    [Fact]
    public void A_confirming_model_must_name_labels_of_the_taxonomies_and_only_confirm()
    {
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => Rules(Confirmer(games: "crafts")));
        Assert.Contains("'crafts', which no taxonomy defines", unknown.Message, StringComparison.Ordinal);
        ArgumentException method = Assert.Throws<ArgumentException>(() => Rules(Confirmer(LabelMethod.Either)));
        Assert.Contains("only confirms phrases", method.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Platt_scaling_recovers_the_scale_and_shift_of_noisy_margins_and_survives_separable_ones()
    {
        // margins m at which the gold is true with probability σ(2m − 1), as exact fractions of a grid
        var scored = new List<(double, bool, double)>();
        for (int i = -40; i <= 40; i++)
        {
            double m = i / 10.0;
            double p = LinearModel.Sigmoid((2 * m) - 1);
            scored.Add((m, true, p));
            scored.Add((m, false, 1 - p));
        }

        (double a, double b) = PlattScaling.Fit(scored);
        Assert.Equal(2, a, 1);
        Assert.Equal(-1, b, 1);

        (double sa, double sb) = PlattScaling.Fit([(-1.0, false, 1.0), (-0.5, false, 1.0), (0.5, true, 1.0), (1.0, true, 1.0)]);
        Assert.True(double.IsFinite(sa) && sa > 0 && double.IsFinite(sb));
        Assert.Equal((1.0, 0.0), PlattScaling.Fit([(0.3, true, 1.0)]));
    }

    [Fact]
    public void The_weighted_threshold_search_counts_what_each_example_stands_for_and_the_positives_no_threshold_takes()
    {
        // positives: 1 + 1 + 1 missed. Taking the first: F1 = 2·1 / (1 taken + 3) = 0.5; the first two: 2 / (4 + 3);
        // all three: 2·2 / (5 + 3) = 0.5, no better: the first cut stays
        (double threshold, double f1) = ThresholdSearch.BestF1([(0.9, true, 1.0), (0.8, false, 3.0), (0.1, true, 1.0)], missed: 1);
        Assert.Equal(0.85, threshold, 6);
        Assert.Equal(2.0 / (1 + 3), f1, 6);
    }

    [Fact]
    public void A_confirming_model_is_trained_on_the_papers_whose_phrases_match_and_calibrated_among_them()
    {
        // "book" matches in every paper; only books of poems or verse are publishing
        var papers = new List<TrainingPaper>();
        string[] good = ["poems", "verse", "novels"];
        string[] bad = ["jupyter", "notebook", "ledger"];
        for (int i = 0; i < 240; i++)
        {
            bool publishing = i % 3 == 0;
            string word = publishing ? good[(i / 3) % 3] : bad[i % 3];
            // a second label whose phrases are always right: nothing to confirm
            bool games = i % 5 == 0;
            papers.Add(new TrainingPaper($"p{i}", new PaperText($"A book of {word} number {i % 11}", null, []), [publishing ? (sbyte)1 : (sbyte)0, games ? (sbyte)1 : (sbyte)0], Tunes: true)
            {
                PhraseDecisions = [true, games],
                Weight = i % 2 == 0 ? 1 : 2.5,
            });
        }

        (LinearModel model, IReadOnlyList<LabelReport> report) = ModelTrainer.Train(
            papers, ["publishing", "games"], TrainingSettings.Confirmer with { Trainer = new TrainerOptions(Epochs: 5), MinDocuments = 2 }, TinyModels.Info);
        Assert.Equal([LabelMethod.Phrases, LabelMethod.Both], report[0].Counts.Keys.Order());
        Assert.Equal([LabelMethod.Both, LabelMethod.Phrases], report.Select(r => r.Method));
        // the model keeps only the label it confirms
        Assert.Equal(["publishing"], model.Labels.Select(l => l.Name));
        Assert.Equal(LabelMethod.Both, model.Labels[0].Method);
        Assert.Equal(1.0, report[0].Counts[LabelMethod.Both].F1, 3);
        Assert.Equal(0.5, report[0].Counts[LabelMethod.Phrases].F1, 3);
        // calibrated among matching papers: a threshold between the classes, not at the edge of the scale
        Assert.InRange(model.Labels[0].Threshold, 0.05, 0.95);
    }

    [Fact]
    public void A_model_that_knows_nothing_of_a_label_does_not_confirm_it_however_lucky_its_threshold()
    {
        // "noise": gold at random, unrelated to the words; "publishing" learnable, so that the model has a label
        var papers = new List<TrainingPaper>();
        var random = new Random(7);
        string[] words = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"];
        for (int i = 0; i < 300; i++)
        {
            bool publishing = i % 3 == 0;
            string text = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {(publishing ? "poems" : "ledgers")}";
            sbyte noise = random.Next(10) < 3 ? (sbyte)1 : (sbyte)0;
            papers.Add(new TrainingPaper($"n{i}", new PaperText(text, null, []), [publishing ? (sbyte)1 : (sbyte)0, noise], Tunes: true)
            {
                PhraseDecisions = [true, true],
            });
        }

        (LinearModel model, IReadOnlyList<LabelReport> report) = ModelTrainer.Train(
            papers, ["publishing", "noise"], TrainingSettings.Confirmer with { Trainer = new TrainerOptions(Epochs: 5), MinDocuments = 2 }, TinyModels.Info);
        Assert.Equal(LabelMethod.Phrases, report[1].Method);
        Assert.True(report[1].Counts[LabelMethod.Both].F1 <= report[1].Counts[LabelMethod.Phrases].F1, $"nested {report[1].Counts[LabelMethod.Both].F1}");
        Assert.Equal(["publishing"], model.Labels.Select(l => l.Name));
    }
}
