using System.Globalization;

namespace Aici.Experiment.Embeddings;

/// <summary>True and false positives and false negatives of one label, and the F1 they give.</summary>
internal readonly record struct Scores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Scores Of(IEnumerable<(bool Predicted, bool Gold)> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach ((bool predicted, bool gold) in pairs)
        {
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }

        return new Scores(tp, fp, fn);
    }

    /// <summary>The F1 of the best cut of <paramref name="probabilities"/> and the threshold halfway to the next one.</summary>
    public static (double F1, double Threshold) BestThreshold(double[] probabilities, bool[] gold)
    {
        int[] order = [.. Enumerable.Range(0, probabilities.Length).OrderByDescending(i => probabilities[i]).ThenBy(i => i)];
        int positives = gold.Count(g => g);
        int tp = 0;
        (double bestF1, double threshold) = (0, 1);
        for (int k = 0; k < order.Length; k++)
        {
            tp += gold[order[k]] ? 1 : 0;
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (f1 > bestF1 && (k + 1 == order.Length || probabilities[order[k + 1]] < probabilities[order[k]]))
            {
                bestF1 = f1;
                threshold = k + 1 == order.Length ? probabilities[order[k]] : (probabilities[order[k]] + probabilities[order[k + 1]]) / 2;
            }
        }

        return (bestF1, threshold);
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Precision:0.000} | {Recall:0.000} | {F1:0.000} | {TruePositives + FalseNegatives}");
}
