namespace Aici.Core.Classify.Model.Training;

/// <summary>Agreement of decisions with gold for one label: counts, precision, recall, F1 and support.</summary>
public readonly record struct LabelCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);

    public LabelCounts Add(bool predicted, bool gold) => (predicted, gold) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };
}
