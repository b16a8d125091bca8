namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// What the method finds for one core category before review: its salient terms, the nearest terms to them (each
/// marked kept when above the similarity cut-off), and the threshold the kept terms would give.
/// </summary>
public sealed record CategoryCandidates(
    CoreCategory Category,
    long SalientMinCount,
    IReadOnlyList<SalientTerm> Salient,
    IReadOnlyList<SimilarTerm> Similar,
    double SimilarityCutOff,
    CategoryThreshold Threshold)
{
    /// <summary>The vocabulary: the salient terms, then the similar terms above the cut-off.</summary>
    public IReadOnlyList<string> Terms =>
        [.. Salient.Select(s => s.Term).Concat(Similar.Where(s => s.Similarity > SimilarityCutOff).Select(s => s.Term))];
}
