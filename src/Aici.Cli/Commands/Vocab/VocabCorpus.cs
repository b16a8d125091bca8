using Aici.Core.Classify.Vocabulary;
using Aici.Core.Domain;
using Aici.Sources;

namespace Aici.Cli.Commands.Vocab;

/// <summary>
/// The corpus of the vocabulary commands: arXiv records read from the inputs, each work once (first record of a
/// key wins), kept when it has an abstract, as in 2020; categories as the record gives them.
/// </summary>
internal static class VocabCorpus
{
    public static (List<CorpusText> Corpus, int Records, int Rejected) Read(IReadOnlyList<string> arxiv)
    {
        var corpus = new List<CorpusText>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int records = 0;
        int rejected = 0;
        foreach (IPaperSource source in InputFiles.Arxiv(arxiv))
        {
            foreach (ReadItem item in source.Read())
            {
                if (item.Paper is not { } paper)
                {
                    rejected++;
                    continue;
                }

                records++;
                if (seen.Add(paper.Key) && !string.IsNullOrWhiteSpace(paper.Abstract))
                {
                    corpus.Add(new CorpusText(paper.Abstract, paper.Categories));
                }
            }
        }

        return (corpus, records, rejected);
    }
}
