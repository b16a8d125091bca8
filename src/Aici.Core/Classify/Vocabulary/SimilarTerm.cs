namespace Aici.Core.Classify.Vocabulary;

/// <summary>A candidate expansion term: its cosine similarity to the salient terms' centroid and its corpus count.</summary>
public sealed record SimilarTerm(string Term, double Similarity, long Count);
