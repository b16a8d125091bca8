namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// A reviewed vocabulary as loaded from <c>taxonomy/vocabulary/</c>: its version, the phrase model its terms were
/// found with (so a paper is tokenised exactly as the corpus was), and each core category's terms and threshold.
/// </summary>
public sealed record VocabularyList(string Version, PhraseModel Phrases, IReadOnlyList<CategoryVocabulary> Categories);
