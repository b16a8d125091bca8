namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// A paper to train on: its id (for the cross-validation folds), text (categories hidden: the model reads text only),
/// a target per model label (1, 0, or -1 for unknown) and whether thresholds and methods are chosen on it
/// (<paramref name="Tunes"/>: the arXiv records, whose gold is their categories).
/// </summary>
public sealed record TrainingPaper(string Id, PaperText Text, sbyte[] Targets, bool Tunes)
{
    /// <summary>The phrase rules' decision per model label on the text alone (empty when there are no rules).</summary>
    public bool[] PhraseDecisions { get; init; } = [];

    /// <summary>
    /// How many papers this one stands for when thresholds and methods are chosen: 1, or more for a paper of a random
    /// sample that stands for the unread papers of its stratum.
    /// </summary>
    public double Weight { get; init; } = 1;
}
