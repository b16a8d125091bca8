namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// One paper as the trainer sees it: its feature rows and values (already scaled) and per label a target:
/// 1 (carries it), 0 (does not) or -1 (unknown: the label is not trained on this paper).
/// </summary>
public sealed record TrainingExample(int[] Rows, float[] Values, sbyte[] Targets);
