namespace Aici.Core.Classify;

/// <summary>
/// Why a paper carries a label: the arXiv categories and the phrases that decided it, and for a model's decision its
/// score and the features that weighed most (name and contribution, largest first).
/// </summary>
public sealed record Evidence(IReadOnlyList<string> Categories, IReadOnlyList<string> Phrases)
{
    public IReadOnlyList<KeyValuePair<string, double>> Features { get; init; } = [];

    public double? Score { get; init; }

    /// <summary>"category: cs.CV; phrases: gan, image synthesis".</summary>
    public override string ToString()
    {
        var parts = new List<string>(2);
        if (Categories.Count > 0)
        {
            parts.Add((Categories.Count == 1 ? "category: " : "categories: ") + string.Join(", ", Categories));
        }

        if (Phrases.Count > 0)
        {
            parts.Add((Phrases.Count == 1 ? "phrase: " : "phrases: ") + string.Join(", ", Phrases));
        }

        if (Score is double score)
        {
            parts.Add("score: " + score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Features.Count > 0)
        {
            parts.Add("features: " + string.Join(", ", Features.Select(f =>
                f.Key + " " + f.Value.ToString("+0.###;-0.###", System.Globalization.CultureInfo.InvariantCulture))));
        }

        return string.Join("; ", parts);
    }
}
