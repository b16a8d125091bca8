namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// One pass of phrase joining, as gensim's <c>Phrases</c>/<c>Phraser</c> did for the 2020 study: a pair of adjacent
/// tokens (a, b) is a phrase when (count(ab) − minCount) ÷ (count(a) · count(b)) · |V| exceeds the threshold, |V|
/// being the number of distinct tokens and pairs seen. Joining reads left to right and never overlaps: "a b c" with
/// both (a, b) and (b, c) phrases gives "a_b c".
/// </summary>
public sealed class PhrasePass
{
    private readonly Dictionary<string, Dictionary<string, double>> _pairs;

    public PhrasePass(IEnumerable<KeyValuePair<(string First, string Second), double>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var ((first, second), score) in pairs)
        {
            if (!_pairs.TryGetValue(first, out Dictionary<string, double>? next))
            {
                next = new Dictionary<string, double>(StringComparer.Ordinal);
                _pairs.Add(first, next);
            }

            next[second] = score;
        }

        Count = _pairs.Sum(p => p.Value.Count);
    }

    /// <summary>The number of phrase pairs.</summary>
    public int Count { get; }

    /// <summary>The pairs with their scores, ordered by first then second token (ordinal).</summary>
    public IEnumerable<KeyValuePair<(string First, string Second), double>> Pairs =>
        _pairs.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.OrderBy(q => q.Key, StringComparer.Ordinal)
                .Select(q => KeyValuePair.Create((p.Key, q.Key), q.Value)));

    /// <summary>Learns the phrase pairs of a corpus of token lists.</summary>
    public static PhrasePass Learn(IReadOnlyList<IReadOnlyList<string>> documents, int minCount, double threshold)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        var bigrams = new Dictionary<(string, string), long>();
        foreach (IReadOnlyList<string> doc in documents)
        {
            for (int i = 0; i < doc.Count; i++)
            {
                unigrams[doc[i]] = unigrams.GetValueOrDefault(doc[i]) + 1;
                if (i > 0)
                {
                    var pair = (doc[i - 1], doc[i]);
                    bigrams[pair] = bigrams.GetValueOrDefault(pair) + 1;
                }
            }
        }

        double vocabulary = unigrams.Count + bigrams.Count;
        var phrases = new List<KeyValuePair<(string, string), double>>();
        foreach (var ((a, b), count) in bigrams)
        {
            double score = (count - minCount) / (double)unigrams[a] / unigrams[b] * vocabulary;
            if (score > threshold)
            {
                phrases.Add(KeyValuePair.Create((a, b), score));
            }
        }

        return new PhrasePass(phrases);
    }

    /// <summary>The tokens with this pass's phrases joined by "_".</summary>
    public List<string> Apply(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var output = new List<string>(tokens.Count);
        string? last = null;
        foreach (string token in tokens)
        {
            if (last is null)
            {
                last = token;
                continue;
            }

            if (_pairs.TryGetValue(last, out Dictionary<string, double>? next) && next.ContainsKey(token))
            {
                output.Add(last + "_" + token);
                last = null;
            }
            else
            {
                output.Add(last);
                last = token;
            }
        }

        if (last is not null)
        {
            output.Add(last);
        }

        return output;
    }
}
