namespace Aici.Core.Classify.Model;

/// <summary>
/// How a paper's text becomes model features. Words are <see cref="WordList"/> words; a feature is a word or a pair of
/// adjacent words of the same segment (title or abstract). A feature's value is its count divided by the square root
/// of the number of word and pair occurrences in the paper, so long and short abstracts weigh alike.
/// </summary>
/// <param name="Bigrams">Whether pairs of adjacent words are features too.</param>
/// <param name="TitleWeight">How many times a title occurrence counts (1 = as an abstract occurrence).</param>
public sealed record FeatureSettings(bool Bigrams = true, int TitleWeight = 1)
{
    /// <summary>The settings of the shipped research model.</summary>
    public static FeatureSettings Default { get; } = new();

    /// <summary>"words+pairs, title x1, count/sqrt(n), fnv1a64-char/pair-mix-v1".</summary>
    public string Describe() =>
        $"{(Bigrams ? "words+pairs" : "words")}, title x{TitleWeight}, count/sqrt(n), {WordHash.Scheme}";
}
