using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Vocabulary;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Inputs;
using Aici.Sources.Taxonomy;
using Aici.Sources.Vocabulary;
using Aici.Tests;

namespace Aici.Cli.Tests.Vocab;

/// <summary>
/// The vocabulary definition's quick decisions (used for the run's sensitivity table: from a paper's text, and from a
/// loaded analysis through the bound) against its full one, on real records.
/// </summary>
public sealed class QuickVocabularyTests
{
    [Fact]
    public void On_every_shared_arxiv_and_conference_record_the_quick_decision_equals_the_full_one()
    {
        string arxiv = SharedData.Require("arxiv");
        string papers = SharedData.Require("papers");
        (VocabularyList list, _) = VocabularyFiles.Load(Path.Combine(SharedData.RepoRoot, "taxonomy", VocabularyFiles.DefaultFile));
        var definition = new VocabularyDefinition(list);
        var ai = TaxonomyLoader.Load(Path.Combine(SharedData.RepoRoot, "taxonomy", "ai.json")).Taxonomy;
        var analysis = new PaperAnalysis(new ResearchRules([(ai, LabelGroup.Ai)], model: null));
        int checkedPapers = 0, aiPapers = 0;
        foreach (SourceFile file in InputFiles.Expand([arxiv], InputOption.Arxiv).Concat(InputFiles.Expand([papers], InputOption.Papers)))
        {
            foreach (ReadItem item in SourceFactory.Create(file).Read(TestContext.Current.CancellationToken))
            {
                if (item.Paper is not { } paper)
                {
                    continue;
                }

                // without categories too, so that the text test is exercised on every record
                foreach (PaperText text in new[] { new PaperText(paper.Title, paper.Abstract, [.. paper.Categories]), new PaperText(paper.Title, paper.Abstract, []) })
                {
                    bool full = definition.Decide(text).IsAi;
                    Assert.True(full == definition.IsAi(text), $"{paper.Id}: full {full}");
                    analysis.Load(text);
                    Assert.True(full == definition.IsAi(analysis), $"{paper.Id}: full {full}, from the analysis (bound, then count)");
                    aiPapers += full ? 1 : 0;
                    checkedPapers++;
                }
            }
        }

        Assert.True(checkedPapers > 50_000, $"{checkedPapers} checked");
        Assert.True(aiPapers > 1_000, $"{aiPapers} AI");
    }
}
