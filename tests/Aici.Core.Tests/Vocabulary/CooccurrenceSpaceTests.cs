using Aici.Core.Classify.Vocabulary;

namespace Aici.Core.Tests.Vocabulary;

public sealed class CooccurrenceSpaceTests
{
    // Two topics that share no context: words of one topic are near each other, far from the other's.
    private static List<IReadOnlyList<string>> Corpus()
    {
        string[][] topics =
        [
            ["guitar", "melody", "chord", "song", "piano"],
            ["protein", "enzyme", "cell", "membrane", "gene"],
        ];
        var docs = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 40; i++)
        {
            string[] t = topics[i % 2];
            docs.Add([t[i % 5], t[(i + 1) % 5], t[(i + 2) % 5], t[(i + 3) % 5]]);
        }

        return docs;
    }

    [Fact]
    public void Nearest_terms_to_a_topic_are_of_that_topic_and_the_positives_are_left_out()
    {
        CooccurrenceSpace space = CooccurrenceSpace.Build(Corpus(), minCount: 2, window: 3, rank: 4);
        Assert.Equal(10, space.Count);
        List<SimilarTerm> near = space.MostSimilar(["guitar", "melody"], top: 3);
        Assert.Equal(3, near.Count);
        Assert.All(near, n => Assert.Contains(n.Term, (IEnumerable<string>)["chord", "song", "piano"]));
        Assert.True(space.Similarity("guitar", "chord") > space.Similarity("guitar", "enzyme"));
        Assert.Null(space.Similarity("guitar", "unknown"));
        Assert.Empty(space.MostSimilar(["unknown"], top: 3));
    }

    [Fact]
    public void The_space_is_deterministic()
    {
        List<SimilarTerm> a = CooccurrenceSpace.Build(Corpus(), 2, 3, 4).MostSimilar(["protein"], 4);
        List<SimilarTerm> b = CooccurrenceSpace.Build(Corpus(), 2, 3, 4).MostSimilar(["protein"], 4);
        Assert.Equal(a, b);
    }
}
