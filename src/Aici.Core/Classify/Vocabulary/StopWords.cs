using System.Collections.Frozen;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The English stop words the 2020 study dropped: the common English function-word list of NLTK (179 words, as
/// shipped in 2020) plus "quot", an HTML entity left in some abstracts. Tokens are compared in lower case.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "you're", "you've", "you'll", "you'd",
        "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "she's", "her", "hers",
        "herself", "it", "it's", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
        "who", "whom", "this", "that", "that'll", "these", "those", "am", "is", "are", "was", "were", "be", "been",
        "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if",
        "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between",
        "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out",
        "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
        "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "don't",
        "should", "should've", "now", "d", "ll", "m", "o", "re", "ve", "y", "ain", "aren", "aren't", "couldn",
        "couldn't", "didn", "didn't", "doesn", "doesn't", "hadn", "hadn't", "hasn", "hasn't", "haven", "haven't",
        "isn", "isn't", "ma", "mightn", "mightn't", "mustn", "mustn't", "needn", "needn't", "shan", "shan't",
        "shouldn", "shouldn't", "wasn", "wasn't", "weren", "weren't", "won", "won't", "wouldn", "wouldn't", "quot",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static int Count => Words.Count;

    /// <summary>Every stop word.</summary>
    public static IEnumerable<string> All => Words;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case token is a stop word.</summary>
    public static bool Contains(string token) => Words.Contains(token);

    /// <summary>Whether a lower-case token, as characters, is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> token) => Spans.Contains(token);
}
