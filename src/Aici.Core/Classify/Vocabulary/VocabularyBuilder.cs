namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// Runs the 2020 vocabulary method on a corpus: text preparation, phrase joining, salient terms per core category,
/// expansion by similarity, thresholds. Papers without categories are left out, as in 2020; a core category with
/// no paper in the corpus is left out of the candidates.
/// </summary>
public static class VocabularyBuilder
{
    /// <summary>The prepared, phrase-joined corpus and the phrase model learnt on it.</summary>
    public static (PhraseModel Phrases, IReadOnlyList<CorpusPaper> Papers) Prepare(IReadOnlyList<CorpusText> corpus, VocabularyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(parameters);
        List<CorpusText> kept = [.. corpus.Where(c => c.Categories.Count > 0)];
        List<IReadOnlyList<string>> tokens = [.. kept.Select(c => (IReadOnlyList<string>)TextPreparation.Tokens(c.Text))];
        PhraseModel phrases = PhraseModel.Learn(tokens, parameters.PhrasePasses, parameters.PhraseMinCount, parameters.PhraseThreshold);
        return (phrases, Apply(phrases, kept));
    }

    /// <summary>The corpus prepared with a given phrase model (a reviewed vocabulary's own).</summary>
    public static IReadOnlyList<CorpusPaper> Apply(PhraseModel phrases, IReadOnlyList<CorpusText> corpus)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(corpus);
        return [.. corpus.Where(c => c.Categories.Count > 0).Select(c => new CorpusPaper(phrases.Prepare(c.Text), c.Categories))];
    }

    public static VocabularyCandidates Expand(IReadOnlyList<CorpusText> corpus, VocabularyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        (PhraseModel phrases, IReadOnlyList<CorpusPaper> papers) = Prepare(corpus, parameters);
        CooccurrenceSpace space = CooccurrenceSpace.Build([.. papers.Select(p => p.Tokens)], parameters.VectorMinCount, parameters.Window, parameters.VectorRank);
        var categories = new List<CategoryCandidates>();
        foreach (CoreCategory core in parameters.Categories)
        {
            if (!papers.Any(p => p.IsIn(core.Category)))
            {
                continue; // a category without papers has no salient terms and no threshold
            }

            long minCount = parameters.SalientMinCountFor(papers.Count(p => p.IsIn(core.Category)));
            List<SalientTerm> salient = SalientTerms.Find(papers, core.Category, minCount, parameters.SalientTop);
            List<SimilarTerm> similar = space.MostSimilar(salient.Select(s => s.Term), parameters.ExpansionTop);
            var terms = new HashSet<string>(salient.Select(s => s.Term), StringComparer.Ordinal);
            terms.UnionWith(similar.Where(s => s.Similarity > parameters.ExpansionSimilarity).Select(s => s.Term));
            CategoryThreshold threshold = Threshold(papers, core, terms);
            categories.Add(new CategoryCandidates(core, minCount, salient, similar, parameters.ExpansionSimilarity, threshold));
        }

        return new VocabularyCandidates(parameters, phrases, papers.Count, space.Count, categories);
    }

    /// <summary>The threshold of a category for a set of terms: counts inside the category against counts outside.</summary>
    public static CategoryThreshold Threshold(IReadOnlyList<CorpusPaper> papers, CoreCategory category, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(category);
        var vocabulary = new CategoryVocabulary(category.Category, [.. terms], threshold: 0);
        var inside = new List<int>();
        var outside = new List<int>();
        foreach (CorpusPaper paper in papers)
        {
            (paper.IsIn(category.Category) ? inside : outside).Add(vocabulary.Count(paper.Tokens));
        }

        return CategoryThreshold.Compute(inside, outside, category.K);
    }
}
