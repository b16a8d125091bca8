namespace Aici.Core.Classify.Vocabulary;

/// <summary>The output of <see cref="VocabularyBuilder.Expand"/>: the phrase model, the corpus sizes, and each category's candidates.</summary>
public sealed record VocabularyCandidates(
    VocabularyParameters Parameters,
    PhraseModel Phrases,
    int Papers,
    int VectorTerms,
    IReadOnlyList<CategoryCandidates> Categories);
