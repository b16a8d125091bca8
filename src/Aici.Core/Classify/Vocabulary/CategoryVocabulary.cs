namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The reviewed vocabulary of one core category and its threshold: a paper outside the category with more than
/// <see cref="Threshold"/> of these terms is AI.
/// </summary>
public sealed class CategoryVocabulary
{
    private readonly HashSet<string> _terms;

    public CategoryVocabulary(string category, IReadOnlyList<string> terms, int threshold)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(terms);
        Category = category;
        Terms = terms;
        Threshold = threshold;
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
    }

    public string Category { get; }

    /// <summary>The terms as the phrase model writes them ("neural_network").</summary>
    public IReadOnlyList<string> Terms { get; }

    public int Threshold { get; }

    /// <summary>The distinct terms of this vocabulary among <paramref name="tokens"/>, in first-seen order.</summary>
    public List<string> Matches(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<string>();
        foreach (string token in tokens)
        {
            if (_terms.Contains(token) && !found.Contains(token))
            {
                found.Add(token);
            }
        }

        return found;
    }

    /// <summary>The number of distinct vocabulary terms among <paramref name="tokens"/>: what the threshold is compared with.</summary>
    public int Count(IReadOnlyList<string> tokens) => Matches(tokens).Count;
}
