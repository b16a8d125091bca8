namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// What cross-validation on the training split found for one label: the threshold, the text method chosen and the
/// counts of every method on the tuning papers (weighted by what each stands for).
/// </summary>
public sealed record LabelReport(string Label, double Threshold, LabelMethod Method, IReadOnlyDictionary<LabelMethod, WeightedCounts> Counts);
