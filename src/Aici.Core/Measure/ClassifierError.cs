namespace Aici.Core.Measure;

/// <summary>
/// Propagates the classifier's measured precision and recall into counts. The expected true number of papers with a
/// label is the observed number × precision ÷ recall (false positives out, missed papers in); a count that needs
/// several labels (an AI paper on any modality: "ai" and "any") takes the product of their factors, errors being
/// taken as independent, and a label without a measured accuracy has factor 1. In each bootstrap replicate precision
/// and recall are drawn from their Beta posteriors (see <see cref="LabelAccuracy"/>), which widens the intervals.
/// The factors are the same for every country and year, so shares, growth rates, RCAs and ranks do not change.
/// </summary>
public sealed class ClassifierError
{
    /// <summary>The label that stands for "AI paper on image, sound or text" in the evaluation, if it measured one.</summary>
    public const string AnyModality = "any";

    private const ulong Salt = 0xC1A5_51F1_E7E2_2025UL;
    private readonly LabelAccuracy[] _labels;
    private readonly ulong _seed;

    public ClassifierError(IEnumerable<LabelAccuracy> labels, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        // only the labels a count depends on: an accuracy file also measures image, techniques, media… (for the report)
        _labels = [.. labels.Where(l => AnyLabels.Contains(l.Label, StringComparer.Ordinal))
            .GroupBy(l => l.Label, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(l => l.Label, StringComparer.Ordinal)];
        _seed = seed;
    }

    /// <summary>The labels a count of AI papers on any modality depends on.</summary>
    public static IReadOnlyList<string> AnyLabels { get; } = [Taxonomy.LabelNames.Ai, AnyModality];

    /// <summary>The measured labels propagated (those of <see cref="AnyLabels"/>).</summary>
    public IReadOnlyList<LabelAccuracy> Labels => _labels;

    /// <summary>The point factor: the product of measured precision ÷ recall over <paramref name="labels"/>.</summary>
    public double Factor(IEnumerable<string> labels) => Factor(labels, Bootstrap.PointEstimate);

    /// <summary>
    /// The factor in bootstrap replicate <paramref name="replicate"/>: precision and recall drawn from their Beta
    /// posteriors, the same draw for every count of the replicate; <see cref="Bootstrap.PointEstimate"/> gives the point factor.
    /// </summary>
    public double Factor(IEnumerable<string> labels, int replicate)
    {
        ArgumentNullException.ThrowIfNull(labels);
        double factor = 1;
        foreach (string label in labels)
        {
            int index = Array.FindIndex(_labels, l => string.Equals(l.Label, label, StringComparison.Ordinal));
            if (index < 0)
            {
                continue;
            }

            LabelAccuracy accuracy = _labels[index];
            if (replicate < 0)
            {
                factor *= accuracy.Factor;
                continue;
            }

            var beta = new BetaSampler(SplitMix64.Mix(_seed ^ Salt ^ SplitMix64.Mix(((ulong)replicate << 20) + (ulong)index + 1)));
            double precision = beta.Next(accuracy.TruePositives + 1, accuracy.FalsePositives + 1);
            double recall = beta.Next(accuracy.TruePositives + 1, accuracy.FalseNegatives + 1);
            factor *= precision / recall;
        }

        return factor;
    }
}
