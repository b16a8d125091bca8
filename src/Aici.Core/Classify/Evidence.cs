namespace Aici.Core.Classify;

/// <summary>Why a paper carries a label: the arXiv categories and the phrases that decided it.</summary>
public sealed record Evidence(IReadOnlyList<string> Categories, IReadOnlyList<string> Phrases)
{
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

        return string.Join("; ", parts);
    }
}
