namespace Aici.Core.Classify.Model.Training;

/// <summary>The probability threshold that maximises F1 over scored examples with known gold.</summary>
public static class ThresholdSearch
{
    /// <returns>The threshold (half way between the last score taken and the next) and the F1 it gives.</returns>
    public static (double Threshold, double F1) BestF1(IReadOnlyList<(double Score, bool Gold)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        return BestF1([.. scored.Select(s => (s.Score, s.Gold, 1.0))]);
    }

    /// <summary>
    /// The same over examples that each stand for <c>Weight</c> examples, with <paramref name="missed"/> more
    /// positives (by weight) that no threshold can take (false negatives whatever it is).
    /// </summary>
    public static (double Threshold, double F1) BestF1(IReadOnlyList<(double Score, bool Gold, double Weight)> scored, double missed = 0)
    {
        ArgumentNullException.ThrowIfNull(scored);
        (double Score, bool Gold, double Weight)[] sorted = [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Gold)];
        double positives = sorted.Where(s => s.Gold).Sum(s => s.Weight) + missed;
        if (positives <= 0 || sorted.Length == 0)
        {
            return (0.5, 0);
        }

        double bestF1 = 0;
        double best = 0.5;
        double tp = 0;
        double taken = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            taken += sorted[i].Weight;
            if (sorted[i].Gold)
            {
                tp += sorted[i].Weight;
            }

            // cut only between different scores
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score)
            {
                continue;
            }

            double f1 = 2.0 * tp / (taken + positives);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = i + 1 < sorted.Length ? (sorted[i].Score + sorted[i + 1].Score) / 2 : sorted[i].Score;
            }
        }

        return (best, bestF1);
    }
}
