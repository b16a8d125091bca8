namespace Aici.Core.Affiliations.Evaluation;

/// <summary>
/// Micro-averaged counts of predicted registry ids against gold ids: a predicted id in the gold set is a true positive,
/// one not in it a false positive, a gold id not predicted a false negative (so a wrong id counts twice).
/// </summary>
public readonly record struct IdCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static IdCounts Of(IReadOnlyCollection<string> predicted, IReadOnlyCollection<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        int tp = predicted.Count(gold.Contains);
        return new IdCounts(tp, predicted.Count - tp, gold.Count - tp);
    }

    public static IdCounts operator +(IdCounts a, IdCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public IdCounts Add(IdCounts other) => this + other;
}
