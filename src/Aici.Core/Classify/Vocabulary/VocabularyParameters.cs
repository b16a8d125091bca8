namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The parameters of the 2020 vocabulary method. The defaults are the 2020 values (on about 1.7 million arXiv
/// abstracts) except the salient-term minimum count, which is a rate per category paper; <see cref="ScaledTo"/> scales
/// the word-vector minimum count to a smaller corpus.
/// </summary>
public sealed record VocabularyParameters
{
    /// <summary>The size of the 2020 corpus the counts were set for: arXiv in early 2020 (an estimate, see docs/vocabulary.md).</summary>
    public const int Papers2020 = 1_700_000;

    public int PhrasePasses { get; init; } = 2;

    public int PhraseMinCount { get; init; } = 5;

    public double PhraseThreshold { get; init; } = 10;

    /// <summary>
    /// A salient term must occur more than this many times per paper of its category: 0.02, i.e. the 2020 count of
    /// 1,000 occurrences over a core category of about 50,000 papers (see docs/vocabulary.md).
    /// </summary>
    public double SalientMinCountPerPaper { get; init; } = 0.02;

    /// <summary>The smallest minimum count a category gets, so that a small category does not take terms seen twice.</summary>
    public long SalientMinCountFloor { get; init; } = 10;

    /// <summary>A fixed minimum count for every category, overriding the per-paper rate (2020: 1,000).</summary>
    public long? SalientMinCount { get; init; }

    public int SalientTop { get; init; } = 20;

    /// <summary>Terms seen fewer times get no vector (2020: fastText min_count 700).</summary>
    public int VectorMinCount { get; init; } = 700;

    public int Window { get; init; } = 5;

    public int ExpansionTop { get; init; } = 30;

    /// <summary>An expansion is kept when its cosine exceeds this (2020: 0.5 in fastText space).</summary>
    public double ExpansionSimilarity { get; init; } = 0.5;

    /// <summary>The dimension of the word vectors (2020: fastText's default, 100).</summary>
    public int VectorRank { get; init; } = 100;

    public IReadOnlyList<CoreCategory> Categories { get; init; } =
        [new("cs.AI", 2), new("cs.NE", 2), new("cs.LG", 1), new("stat.ML", 1)];

    /// <summary>The minimum count of a salient term in a category of <paramref name="papers"/> papers.</summary>
    public long SalientMinCountFor(int papers) =>
        SalientMinCount ?? Math.Max(SalientMinCountFloor, (long)Math.Round(SalientMinCountPerPaper * papers));

    /// <summary>The 2020 parameters with the word-vector minimum count (700) scaled to a corpus of <paramref name="papers"/> papers, at least 2.</summary>
    public static VocabularyParameters ScaledTo(int papers)
    {
        var defaults = new VocabularyParameters();
        return defaults with { VectorMinCount = Math.Max(2, (int)Math.Round(defaults.VectorMinCount * (papers / (double)Papers2020))) };
    }
}
