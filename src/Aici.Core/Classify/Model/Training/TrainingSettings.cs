using System.Globalization;

namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// How <see cref="ModelTrainer"/> trains: the features, the trainer, the least number of training papers a feature
/// must occur in, the number of cross-validation folds that choose thresholds and methods, and the most features kept
/// (those in the most training papers, so the model file stays small). <see cref="Confirming"/> trains a confirming
/// model (<see cref="Definitions.ResearchRules.Confirmer"/>): each label is decided by its phrases, or by its phrases
/// and the model, and the threshold is chosen for the second. Without <see cref="FunctionWords"/>, the features made of
/// function words only (a stop word, or a pair of them: "the", "of the") are left out of the vocabulary: they carry no
/// topic, and a model that keeps them names them first in its explanations.
/// </summary>
public sealed record TrainingSettings(
    FeatureSettings Features,
    TrainerOptions Trainer,
    int MinDocuments = 3,
    int Folds = 5,
    int MaxFeatures = 60000,
    int KeepByWeight = 0,
    bool Confirming = false,
    bool FunctionWords = true)
{
    /// <summary>The settings of the shipped research model (since 2026.12.2 without features of function words only).</summary>
    public static TrainingSettings Default { get; } = new(FeatureSettings.Default, TrainerOptions.Default, FunctionWords: false);

    /// <summary>
    /// The settings of a confirming model: as <see cref="Default"/>, methods phrases or both, and features in at least
    /// 5 training papers, at most the 24,000 in most papers: a table that fits the cache beside the research model's
    /// (read on 3,573 papers it had 23,891 features; on the whole training side, 10,236, it would have 59,160, and a
    /// classify run spent 7–15% more CPU for them), and, as <see cref="Default"/>, no features of function words only:
    /// with them, "and", "a", "to" and "the" led the explanations of every medium and domain.
    /// </summary>
    public static TrainingSettings Confirmer { get; } = Default with { Confirming = true, MinDocuments = 5, MaxFeatures = 24000 };

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Trainer.Describe()}; features in >= {MinDocuments} training papers{(FunctionWords ? "" : " (not of function words only)")}, at most {MaxFeatures} kept (those in most papers); thresholds and methods by {Folds}-fold cross-validation on the arXiv training records{(Confirming ? " (weighted by what each record stands for); methods: phrases, or phrases confirmed by the model" : "")}");
}
