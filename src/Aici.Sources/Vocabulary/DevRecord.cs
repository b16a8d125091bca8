namespace Aici.Sources.Vocabulary;

/// <summary>
/// One record of the hand-labelled development set (<c>tests/devset/devset.jsonl</c>, format in its README): an
/// invented title and abstract, arXiv categories (possibly none), and the gold labels.
/// </summary>
public sealed record DevRecord(
    string Id,
    string Title,
    string Abstract,
    IReadOnlyList<string> Categories,
    bool Ai,
    IReadOnlyList<string> Techniques,
    IReadOnlyList<string> Media,
    IReadOnlyList<string> CreativeDomains,
    string? Note)
{
    /// <summary>Every gold label of the record except ai: techniques, media and creative domains.</summary>
    public IEnumerable<string> Labels => Techniques.Concat(Media).Concat(CreativeDomains);
}
