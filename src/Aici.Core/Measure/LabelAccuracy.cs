namespace Aici.Core.Measure;

/// <summary>
/// A label's measured accuracy against a gold set: true positives, false positives and false negatives (counts, or
/// pseudo-counts from rates). Precision = TP / (TP + FP); recall = TP / (TP + FN). Their uncertainty is the Beta
/// posterior under a uniform prior: precision ~ Beta(TP + 1, FP + 1), recall ~ Beta(TP + 1, FN + 1).
/// </summary>
public sealed record LabelAccuracy
{
    public LabelAccuracy(string label, double truePositives, double falsePositives, double falseNegatives)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(truePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegatives);
        Label = label;
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
    }

    public string Label { get; }

    /// <summary>What the label was measured against (records and gold), when known: shown with the report's evaluation.</summary>
    public string? Gold { get; init; }

    public double TruePositives { get; }

    public double FalsePositives { get; }

    public double FalseNegatives { get; }

    public double Precision => TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The exact (Clopper–Pearson) 95% interval of the precision: TP of TP + FP.</summary>
    public Interval PrecisionInterval => BetaDistribution.ClopperPearson(TruePositives, FalsePositives);

    /// <summary>The exact (Clopper–Pearson) 95% interval of the recall: TP of TP + FN.</summary>
    public Interval RecallInterval => BetaDistribution.ClopperPearson(TruePositives, FalseNegatives);

    /// <summary>Precision ÷ recall: what an observed count is multiplied by to estimate the true count.</summary>
    public double Factor => Precision / Recall;

    /// <summary>
    /// The accuracy from reported rates: <paramref name="predictedPositives"/> papers the classifier labelled, of which
    /// a share <paramref name="precision"/> were right, with recall <paramref name="recall"/> (so TP = precision ×
    /// predicted, FP = predicted − TP, FN = TP / recall − TP).
    /// </summary>
    public static LabelAccuracy FromRates(string label, double precision, double recall, double predictedPositives)
    {
        if (precision is <= 0 or > 1 || recall is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), $"precision and recall must lie in (0, 1] (got {precision}, {recall})");
        }

        double tp = precision * predictedPositives;
        return new LabelAccuracy(label, tp, predictedPositives - tp, (tp / recall) - tp);
    }
}
