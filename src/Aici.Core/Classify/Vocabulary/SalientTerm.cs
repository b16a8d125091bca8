namespace Aici.Core.Classify.Vocabulary;

/// <summary>A term salient in a category: its count there, its count in the parent archive, and their ratio.</summary>
public sealed record SalientTerm(string Term, long InCategory, long InArchive, double Ratio);
