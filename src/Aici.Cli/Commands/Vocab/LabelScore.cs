namespace Aici.Cli.Commands.Vocab;

/// <summary>Counts and scores of one label on a labelled set: true positives, false positives, false negatives.</summary>
internal sealed record LabelScore(string Label, string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Gold => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => Gold == 0 ? 1 : TruePositives / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The micro-average: counts summed over labels.</summary>
    public static LabelScore Micro(string name, IEnumerable<LabelScore> scores)
    {
        List<LabelScore> all = [.. scores];
        return new LabelScore(name, "micro", all.Sum(s => s.TruePositives), all.Sum(s => s.FalsePositives), all.Sum(s => s.FalseNegatives));
    }
}
