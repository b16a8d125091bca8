namespace Aici.Core.Classify.Model;

/// <summary>
/// One label of a <see cref="LinearModel"/>: its bias, the probability threshold from which a paper carries it, how the
/// label is decided from text (<see cref="Method"/>), and the cross-validated F1 on the training split that chose them.
/// </summary>
public sealed record ModelLabel(string Name, double Bias, double Threshold, LabelMethod Method)
{
    /// <summary>Cross-validated F1 on the training split per method ("model", "phrases", "either", "both").</summary>
    public IReadOnlyDictionary<string, double> CrossValidatedF1 { get; init; } = new Dictionary<string, double>();
}
