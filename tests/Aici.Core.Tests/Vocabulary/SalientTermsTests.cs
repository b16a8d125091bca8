using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class SalientTermsTests
{
    private static readonly CorpusPaper[] Papers =
    [
        new(["agent", "agent", "planning", "graph"], ["cs.AI"]),
        new(["agent", "planning", "graph"], ["cs.AI", "cs.LG"]),
        new(["graph", "graph", "planning"], ["cs.DS"]),
        new(["agent", "graph"], ["math.CO"]),
        new(["agent", "agent", "agent"], ["stat.ML"]),
    ];

    [Fact]
    public void Ranks_terms_by_count_in_category_over_count_in_the_parent_archive()
    {
        // cs archive = papers 1–3 (paper 4 is math, paper 5 stat). In cs.AI: agent 3, planning 2, graph 2.
        // In cs: agent 3, planning 3, graph 4. Ratios: agent 1, planning 2/3, graph 1/2.
        List<SalientTerm> terms = SalientTerms.Find(Papers, "cs.AI", minCount: 1, top: 10);
        Assert.Equal(["agent", "planning", "graph"], terms.Select(t => t.Term));
        Assert.Equal(new SalientTerm("agent", 3, 3, 1), terms[0]);
        Assert.Equal(2 / 3.0, terms[1].Ratio, 9);
        Assert.Equal(0.5, terms[2].Ratio, 9);
    }

    [Fact]
    public void Keeps_only_terms_seen_more_than_the_minimum_count_and_the_top_n()
    {
        Assert.Equal(["agent"], SalientTerms.Find(Papers, "cs.AI", minCount: 2, top: 10).Select(t => t.Term));
        Assert.Single(SalientTerms.Find(Papers, "cs.AI", minCount: 0, top: 1));
        Assert.Equal("stat", SalientTerms.ArchiveOf("stat.ML"));
        Assert.Equal("cmp-lg", SalientTerms.ArchiveOf("cmp-lg"));
    }
}
