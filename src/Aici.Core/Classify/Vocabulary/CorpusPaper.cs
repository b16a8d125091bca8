namespace Aici.Core.Classify.Vocabulary;

/// <summary>One paper of the corpus the vocabulary is computed on: its prepared tokens and its arXiv categories.</summary>
public sealed record CorpusPaper(IReadOnlyList<string> Tokens, IReadOnlyList<string> Categories)
{
    public bool IsIn(string category)
    {
        foreach (string c in Categories)
        {
            if (string.Equals(c, category, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the paper's categories belongs to the archive ("cs" holds cs.AI, cs.LG…).</summary>
    public bool IsInArchive(string archive)
    {
        foreach (string c in Categories)
        {
            if (string.Equals(SalientTerms.ArchiveOf(c), archive, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
