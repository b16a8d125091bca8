namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The 2020 study's salient terms of a category: every token is counted (occurrences, not papers) in the papers of
/// the category and in the papers of its parent archive (cs. for cs.AI, stat. for stat.ML); among the terms seen more
/// than <c>minCount</c> times in the category, the <c>top</c> with the highest ratio category ÷ archive.
/// Ties go to the more frequent term, then to ordinal order, so the list is deterministic.
/// </summary>
public static class SalientTerms
{
    /// <summary>"cs" for "cs.AI", "stat" for "stat.ML"; an old-style category without a dot is its own archive.</summary>
    public static string ArchiveOf(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        int dot = category.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? category : category[..dot];
    }

    public static List<SalientTerm> Find(IReadOnlyList<CorpusPaper> papers, string category, long minCount, int top)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(category);
        string archive = ArchiveOf(category);
        var inCategory = new Dictionary<string, long>(StringComparer.Ordinal);
        var inArchive = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (CorpusPaper paper in papers)
        {
            if (!paper.IsInArchive(archive))
            {
                continue;
            }

            bool inside = paper.IsIn(category);
            foreach (string token in paper.Tokens)
            {
                inArchive[token] = inArchive.GetValueOrDefault(token) + 1;
                if (inside)
                {
                    inCategory[token] = inCategory.GetValueOrDefault(token) + 1;
                }
            }
        }

        return [.. inCategory
            .Where(t => t.Value > minCount)
            .Select(t => new SalientTerm(t.Key, t.Value, inArchive[t.Key], t.Value / (double)inArchive[t.Key]))
            .OrderByDescending(t => t.Ratio)
            .ThenByDescending(t => t.InCategory)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(top)];
    }
}
