namespace Aici.Core.Classify.Model.Training;

/// <summary>The probability threshold that maximises F1 over scored examples with known gold.</summary>
public static class ThresholdSearch
{
    /// <returns>The threshold (half way between the last score taken and the next) and the F1 it gives.</returns>
    public static (double Threshold, double F1) BestF1(IReadOnlyList<(double Score, bool Gold)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        (double Score, bool Gold)[] sorted = [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Gold)];
        int positives = sorted.Count(s => s.Gold);
        if (positives == 0 || sorted.Length == 0)
        {
            return (0.5, 0);
        }

        double bestF1 = 0;
        double best = 0.5;
        int tp = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Gold)
            {
                tp++;
            }

            // cut only between different scores
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score)
            {
                continue;
            }

            int taken = i + 1;
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
