using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class CategoryThresholdTests
{
    [Fact]
    public void Threshold_is_the_ceiling_of_the_mean_of_crit_and_the_inside_mean()
    {
        // inside: 4, 6, 5 → mean 5. outside: 0, 2, 0, 2 → mean 1, population std 1.
        // k = 2: crit = 1 + 2 = 3; (3 + 5) / 2 = 4 → threshold 4. k = 1: crit 2; 3.5 → 4.
        CategoryThreshold t = CategoryThreshold.Compute([4, 6, 5], [0, 2, 0, 2], k: 2);
        Assert.Equal(5, t.MeanIn);
        Assert.Equal(1, t.MeanOut);
        Assert.Equal(1, t.StdOut);
        Assert.Equal(3, t.Critical);
        Assert.Equal(4, t.Threshold);
        Assert.Equal(4, CategoryThreshold.Compute([4, 6, 5], [0, 2, 0, 2], k: 1).Threshold);
    }

    [Fact]
    public void A_paper_is_added_only_above_the_threshold()
    {
        CategoryThreshold t = CategoryThreshold.Compute([4, 6, 5], [0, 2, 0, 2], k: 2);
        Assert.False(t.Passes(4));
        Assert.True(t.Passes(5));
    }

    [Fact]
    public void The_builder_counts_distinct_terms_inside_and_outside_the_category()
    {
        CorpusPaper[] papers =
        [
            new(["agent", "agent", "planning"], ["cs.AI"]),   // 2 distinct terms
            new(["agent", "reward", "planning"], ["cs.AI"]),  // 3
            new(["graph"], ["cs.DS"]),                         // 0
            new(["agent", "graph"], ["cs.DS"]),                // 1
        ];
        // in: mean 2.5; out: 0, 1 → mean 0.5, std 0.5; k 2: crit 1.5; (1.5 + 2.5) / 2 = 2 → threshold 2.
        CategoryThreshold t = VocabularyBuilder.Threshold(papers, new CoreCategory("cs.AI", 2), ["agent", "planning", "reward"]);
        Assert.Equal((2.5, 0.5, 0.5, 2), (t.MeanIn, t.MeanOut, t.StdOut, t.Threshold));
    }
}
