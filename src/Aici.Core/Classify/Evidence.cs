using System.Globalization;
using System.Text;

namespace Aici.Core.Classify;

/// <summary>
/// Why a paper carries a label: the arXiv categories and the phrases that decided it, and for a model's decision its
/// score and the features that weighed most (name and contribution, largest first).
/// </summary>
public sealed record Evidence(IReadOnlyList<string> Categories, IReadOnlyList<string> Phrases)
{
    public IReadOnlyList<KeyValuePair<string, double>> Features { get; init; } = [];

    public double? Score { get; init; }

    /// <summary>The buffer each thread writes evidence into: a store writes it for every label of every paper.</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>"category: cs.CV; phrases: gan, image synthesis".</summary>
    public override string ToString()
    {
        StringBuilder text = t_text ??= new StringBuilder(256);
        text.Clear();
        if (Categories.Count > 0)
        {
            Part(text, Categories.Count == 1 ? "category: " : "categories: ").AppendJoin(", ", Categories);
        }

        if (Phrases.Count > 0)
        {
            Part(text, Phrases.Count == 1 ? "phrase: " : "phrases: ").AppendJoin(", ", Phrases);
        }

        if (Score is double score)
        {
            ThreeDecimals.Append(Part(text, "score: "), score, signed: false);
        }

        if (Features.Count > 0)
        {
            Part(text, "features: ");
            for (int i = 0; i < Features.Count; i++)
            {
                ThreeDecimals.Append((i > 0 ? text.Append(", ") : text).Append(Features[i].Key).Append(' '), Features[i].Value, signed: true);
            }
        }

        return text.ToString();
    }

    private static StringBuilder Part(StringBuilder text, string head) => (text.Length > 0 ? text.Append("; ") : text).Append(head);
}
