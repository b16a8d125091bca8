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
}
