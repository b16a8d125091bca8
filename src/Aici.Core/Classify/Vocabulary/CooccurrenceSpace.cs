namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// A word space for vocabulary expansion, pure and small, standing in for the 2020 study's fastText embedding: each
/// term seen at least <c>minCount</c> times gets a dense vector from the singular value decomposition of its positive
/// pointwise mutual information (PPMI) with the terms around it (symmetric window; context counts smoothed by the
/// power 0.75; vectors U·Σ^½), the SVD-of-PPMI embedding that Levy, Goldberg and Dagan (2015) found to perform on
/// par with word2vec's on word-similarity tasks. Similarities are cosines, as gensim's <c>most_similar</c> gave.
/// </summary>
public sealed class CooccurrenceSpace
{
    private const double ContextPower = 0.75;
    private readonly string[] _terms;
    private readonly long[] _counts;
    private readonly Dictionary<string, int> _index;
    private readonly double[] _vectors;
    private readonly int _rank;

    private CooccurrenceSpace(string[] terms, long[] counts, double[] vectors, int rank)
    {
        _terms = terms;
        _counts = counts;
        _vectors = vectors;
        _rank = rank;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
        {
            _index.Add(terms[i], i);
        }

        for (int w = 0; w < terms.Length; w++)
        {
            Normalize(_vectors.AsSpan(w * rank, rank));
        }
    }

    /// <summary>The number of terms with a vector.</summary>
    public int Count => _terms.Length;

    public bool Contains(string term) => _index.ContainsKey(term);

    public static CooccurrenceSpace Build(IReadOnlyList<IReadOnlyList<string>> documents, int minCount, int window, int rank = 100)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> doc in documents)
        {
            foreach (string token in doc)
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        string[] terms = [.. counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal)];
        var index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
        {
            index.Add(terms[i], i);
        }

        SparseMatrix ppmi = Ppmi(documents, index, terms.Length, window);
        double[] vectors = terms.Length == 0 ? [] : RandomizedSvd.Embed(ppmi, Math.Min(rank, terms.Length));
        int actualRank = terms.Length == 0 ? 0 : vectors.Length / terms.Length;
        return new CooccurrenceSpace(terms, [.. terms.Select(t => counts[t])], vectors, actualRank);
    }

    /// <summary>
    /// The <paramref name="top"/> terms nearest to the mean of the unit vectors of <paramref name="positives"/>
    /// (gensim's <c>most_similar(positive=…)</c>), the positives themselves left out; terms without a vector are ignored.
    /// </summary>
    public List<SimilarTerm> MostSimilar(IEnumerable<string> positives, int top)
    {
        ArgumentNullException.ThrowIfNull(positives);
        var centroid = new double[_rank];
        var used = new HashSet<int>();
        foreach (string term in positives)
        {
            if (_index.TryGetValue(term, out int i) && used.Add(i))
            {
                for (int c = 0; c < _rank; c++)
                {
                    centroid[c] += _vectors[(i * _rank) + c];
                }
            }
        }

        if (used.Count == 0 || !Normalize(centroid))
        {
            return [];
        }

        var scored = new List<SimilarTerm>(_terms.Length);
        for (int w = 0; w < _terms.Length; w++)
        {
            if (!used.Contains(w))
            {
                double dot = 0;
                for (int c = 0; c < _rank; c++)
                {
                    dot += _vectors[(w * _rank) + c] * centroid[c];
                }

                scored.Add(new SimilarTerm(_terms[w], dot, _counts[w]));
            }
        }

        return [.. scored.OrderByDescending(s => s.Similarity).ThenBy(s => s.Term, StringComparer.Ordinal).Take(top)];
    }

    /// <summary>The cosine of two terms, or null when one has no vector.</summary>
    public double? Similarity(string a, string b)
    {
        if (!_index.TryGetValue(a, out int i) || !_index.TryGetValue(b, out int j))
        {
            return null;
        }

        double dot = 0;
        for (int c = 0; c < _rank; c++)
        {
            dot += _vectors[(i * _rank) + c] * _vectors[(j * _rank) + c];
        }

        return dot;
    }

    private static SparseMatrix Ppmi(IReadOnlyList<IReadOnlyList<string>> documents, Dictionary<string, int> index, int size, int window)
    {
        // every (term, context) occurrence as one packed key, sorted and run-length counted
        var keys = new List<long>();
        var ids = new List<int>();
        foreach (IReadOnlyList<string> doc in documents)
        {
            ids.Clear();
            foreach (string token in doc)
            {
                ids.Add(index.GetValueOrDefault(token, -1));
            }

            for (int i = 0; i < ids.Count; i++)
            {
                if (ids[i] < 0)
                {
                    continue;
                }

                for (int j = Math.Max(0, i - window); j <= Math.Min(ids.Count - 1, i + window); j++)
                {
                    if (j != i && ids[j] >= 0)
                    {
                        keys.Add(((long)ids[i] << 32) | (uint)ids[j]);
                    }
                }
            }
        }

        keys.Sort();
        var pairKeys = new List<long>();
        var pairCounts = new List<int>();
        for (int k = 0; k < keys.Count;)
        {
            int end = k;
            while (end < keys.Count && keys[end] == keys[k])
            {
                end++;
            }

            pairKeys.Add(keys[k]);
            pairCounts.Add(end - k);
            k = end;
        }

        var rowSums = new double[size];
        var columnSums = new double[size];
        double total = 0;
        for (int p = 0; p < pairKeys.Count; p++)
        {
            rowSums[(int)(pairKeys[p] >> 32)] += pairCounts[p];
            columnSums[(int)(pairKeys[p] & 0xffffffff)] += pairCounts[p];
            total += pairCounts[p];
        }

        double smoothedTotal = columnSums.Sum(c => Math.Pow(c, ContextPower));
        var rowStarts = new int[size + 1];
        var columns = new List<int>();
        var values = new List<double>();
        int row = 0;
        for (int p = 0; p < pairKeys.Count; p++)
        {
            int w = (int)(pairKeys[p] >> 32);
            int c = (int)(pairKeys[p] & 0xffffffff);
            double pmi = Math.Log(pairCounts[p] / total / (rowSums[w] / total) / (Math.Pow(columnSums[c], ContextPower) / smoothedTotal));
            if (pmi <= 0)
            {
                continue;
            }

            while (row < w)
            {
                rowStarts[++row] = columns.Count;
            }

            columns.Add(c);
            values.Add(pmi);
        }

        while (row < size)
        {
            rowStarts[++row] = columns.Count;
        }

        return new SparseMatrix(size, rowStarts, [.. columns], [.. values]);
    }

    private static bool Normalize(Span<double> v)
    {
        double norm = 0;
        foreach (double x in v)
        {
            norm += x * x;
        }

        norm = Math.Sqrt(norm);
        if (norm == 0)
        {
            return false;
        }

        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= norm;
        }

        return true;
    }
}
