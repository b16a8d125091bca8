namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Agreement of decisions with gold for one label where each paper stands for <c>weight</c> papers (a paper of a
/// sampled stratum for the papers of its stratum that were not read): weighted true positives, false positives and
/// false negatives, and the precision, recall and F1 they give.
/// </summary>
public readonly record struct WeightedCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    public double Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives <= 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support <= 0 ? 0 : TruePositives / Support;

    public double F1 => TruePositives <= 0 ? 0 : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);

    public WeightedCounts Add(bool predicted, bool gold, double weight) => (predicted, gold) switch
    {
        (true, true) => this with { TruePositives = TruePositives + weight },
        (true, false) => this with { FalsePositives = FalsePositives + weight },
        (false, true) => this with { FalseNegatives = FalseNegatives + weight },
        _ => this,
    };
}
