namespace Aici.Core.Classify.Vocabulary;

/// <summary>A paper's text as the vocabulary reads it (the abstract) and its arXiv categories.</summary>
public sealed record CorpusText(string Text, IReadOnlyList<string> Categories);
