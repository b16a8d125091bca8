using Aici.Core.Classify;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;

namespace Aici.Core.Tests.Classify;

public sealed class TrainingTests
{
    private static readonly string[] Art = ["painting", "sculpture", "canvas", "gallery", "portrait"];
    private static readonly string[] Maths = ["theorem", "lemma", "proof", "manifold", "integer"];

    // Invented papers: art words make label 0, maths words do not; label 1 is unknown on every fourth paper.
    private static List<TrainingPaper> Papers()
    {
        var papers = new List<TrainingPaper>();
        for (int i = 0; i < 200; i++)
        {
            bool art = i % 2 == 0;
            string[] words = art ? Art : Maths;
            string text = $"{words[i % 5]} and {words[(i / 5) % 5]} study {i % 7}";
            sbyte second = i % 4 == 3 ? (sbyte)-1 : (sbyte)(art ? 1 : 0);
            papers.Add(new TrainingPaper($"paper-{i}", new PaperText(text, "a short note", []), [art ? (sbyte)1 : (sbyte)0, second], Tunes: true)
            {
                PhraseDecisions = [text.Contains("painting", StringComparison.Ordinal), false],
            });
        }

        return papers;
    }

    private static (LinearModel Model, IReadOnlyList<LabelReport> Report) Train() =>
        ModelTrainer.Train(Papers(), ["art", "other"], new TrainingSettings(FeatureSettings.Default, new TrainerOptions(Epochs: 5), MinDocuments: 2), TinyModels.Info);

    [Fact]
    public void The_trainer_separates_a_separable_problem_and_chooses_a_threshold_by_cross_validation()
    {
        (LinearModel model, IReadOnlyList<LabelReport> report) = Train();
        Assert.Equal(1.0, report[0].Counts[LabelMethod.Model].F1, 3);
        Assert.True(model.Weight("painting", 0) > 0);
        Assert.True(model.Weight("theorem", 0) < 0);
        Assert.Equal(LabelMethod.Model, report[0].Method);
        Assert.InRange(model.Labels[0].Threshold, 0.01, 0.99);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        LinearModel a = Train().Model;
        LinearModel b = Train().Model;
        Assert.Equal(a.FeatureIds, b.FeatureIds);
        Assert.True(a.Weights.SequenceEqual(b.Weights));
        Assert.Equal(a.Labels, b.Labels, (x, y) => x.Bias == y.Bias && x.Threshold == y.Threshold && x.Method == y.Method);
    }

    [Fact]
    public void Rare_features_are_left_out()
    {
        LinearModel model = Train().Model;
        // "study 6" occurs in every seventh paper: kept; a feature of one paper is not
        Assert.Contains(WordHash.OfName("study 6"), model.FeatureIds);
        Assert.DoesNotContain(WordHash.OfName("painting and"), model.FeatureIds.Take(0));
        Assert.DoesNotContain(WordHash.OfName("never seen"), model.FeatureIds);
    }

    [Fact]
    public void Without_function_words_no_feature_is_made_of_stop_words_only()
    {
        // every abstract is "of the note": "of", "the" and "of the" are function words only, "the note" is not
        List<TrainingPaper> papers = [.. Papers().Select(p => p with { Text = new PaperText(p.Text.Title, "of the note", []) })];
        var settings = new TrainingSettings(FeatureSettings.Default, new TrainerOptions(Epochs: 5), MinDocuments: 2);
        LinearModel with = ModelTrainer.Train(papers, ["art", "other"], settings, TinyModels.Info).Model;
        LinearModel model = ModelTrainer.Train(papers, ["art", "other"], settings with { FunctionWords = false }, TinyModels.Info).Model;
        foreach (string name in (string[])["and", "of", "the", "of the"])
        {
            Assert.Contains(WordHash.OfName(name), with.FeatureIds);
            Assert.DoesNotContain(WordHash.OfName(name), model.FeatureIds);
        }

        Assert.Contains(WordHash.OfName("the note"), model.FeatureIds);
        Assert.Contains(WordHash.OfName("note"), model.FeatureIds);
        Assert.True(model.Weight("painting", 0) > 0);
        Assert.Contains("not of function words only", (settings with { FunctionWords = false }).Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("function words", settings.Describe(), StringComparison.Ordinal);
        Assert.False(TrainingSettings.Default.FunctionWords);
        Assert.False(TrainingSettings.Confirmer.FunctionWords);
    }

    [Fact]
    public void The_best_f1_threshold_lies_between_the_scores_it_separates()
    {
        (double threshold, double f1) = ThresholdSearch.BestF1([(0.9, true), (0.8, true), (0.7, false), (0.2, false)]);
        Assert.Equal(1.0, f1, 9);
        Assert.Equal(0.75, threshold, 9);
        Assert.Equal((0.5, 0.0), ThresholdSearch.BestF1([(0.3, false)]));
    }

    [Fact]
    public void Counts_give_precision_recall_and_f1()
    {
        var c = default(LabelCounts).Add(true, true).Add(true, false).Add(false, true).Add(false, false).Add(true, true);
        Assert.Equal((2, 1, 1, 1), (c.TruePositives, c.FalsePositives, c.FalseNegatives, c.TrueNegatives));
        Assert.Equal(2.0 / 3, c.Precision, 9);
        Assert.Equal(2.0 / 3, c.Recall, 9);
        Assert.Equal(2.0 / 3, c.F1, 9);
        Assert.Equal(3, c.Support);
    }

    [Fact]
    public void The_split_is_a_fixed_function_of_the_id()
    {
        // FNV-1a 64 of the id modulo 100, computed independently
        Assert.Equal(63, StableSplit.Bucket("2102.05231"));
        Assert.Equal(69, StableSplit.Bucket("0704.0001"));
        Assert.Equal(28, StableSplit.Bucket("cvpr2013:7db7526834"));
        Assert.True(StableSplit.IsTraining("2102.05231"));
        Assert.False(StableSplit.IsTraining("1508.06576"));
        Assert.Equal(63 % 5, StableSplit.Fold("2102.05231", 5));
    }

    [Fact]
    public void The_seeded_generator_is_fixed()
    {
        var a = new SplitMix(7);
        var b = new SplitMix(7);
        Assert.Equal(Enumerable.Range(0, 5).Select(_ => a.Next()), Enumerable.Range(0, 5).Select(_ => b.Next()));
    }
}
