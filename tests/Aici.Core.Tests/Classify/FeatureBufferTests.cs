using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class FeatureBufferTests
{
    private static (string[] Names, int[] Weights, double Total) Features(FeatureSettings settings, string title, string abstractText)
    {
        var words = new WordList();
        words.AddSegment(title);
        words.AddSegment(abstractText);
        var buffer = new FeatureBuffer();
        buffer.Fill(words, settings);
        string[] names = [.. buffer.Words.ToArray().Select(w => FeatureBuffer.Name(words, w))];
        for (int i = 0; i < names.Length; i++)
        {
            Assert.Equal(WordHash.OfName(names[i]), buffer.Ids[i]);
        }

        return (names, buffer.Counts.ToArray(), buffer.TotalWeight);
    }

    [Fact]
    public void Features_are_words_and_pairs_of_adjacent_words_of_one_segment()
    {
        (string[] names, _, double total) = Features(FeatureSettings.Default, "Neural Art", "GANs paint");
        Assert.Equal(["neural", "art", "gans", "paint", "neural art", "gans paint"], names);
        Assert.Equal(6, total);
    }

    [Fact]
    public void Title_pairs_weigh_as_title_words()
    {
        (string[] names, int[] weights, double total) = Features(new FeatureSettings(TitleWeight: 2), "Neural art now", "GANs paint");
        Assert.Equal(["neural", "art", "now", "gans", "paint", "neural art", "art now", "gans paint"], names);
        Assert.Equal([2, 2, 2, 1, 1, 2, 2, 1], weights);
        Assert.Equal(13, total);
    }

    [Fact]
    public void Without_a_title_word_the_first_segment_with_words_is_the_title()
    {
        // as before the features were laid out words first: the title is the words before the second segment start
        (string[] names, int[] weights, _) = Features(new FeatureSettings(TitleWeight: 3), "-", "GANs paint");
        Assert.Equal(["gans", "paint", "gans paint"], names);
        Assert.Equal([3, 3, 3], weights);
    }

    [Fact]
    public void Pair_ids_in_bulk_equal_pair_ids_one_at_a_time()
    {
        // every length around the vector widths, with ids whose high and low bits are all used
        var random = new Random(20261206);
        for (int length = 0; length < 70; length++)
        {
            ulong[] ids = [.. Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40))];
            var pairs = new ulong[Math.Max(0, length - 1)];
            WordHash.Pairs(ids, pairs);
            for (int i = 0; i < pairs.Length; i++)
            {
                Assert.Equal(WordHash.Pair(ids[i], ids[i + 1]), pairs[i]);
            }
        }
    }

    [Fact]
    public void Long_texts_give_every_word_and_pair_of_each_segment()
    {
        string title = string.Join(' ', Enumerable.Range(0, 37).Select(i => "t" + i));
        string abstractText = string.Join(' ', Enumerable.Range(0, 301).Select(i => "w" + (i % 97)));
        (string[] names, int[] weights, double total) = Features(FeatureSettings.Default, title, abstractText);
        string[] titleWords = title.Split(' ');
        string[] abstractWords = abstractText.Split(' ');
        string[] expected = [.. titleWords, .. abstractWords,
            .. titleWords.Zip(titleWords.Skip(1), (a, b) => a + " " + b),
            .. abstractWords.Zip(abstractWords.Skip(1), (a, b) => a + " " + b)];
        Assert.Equal(expected, names);
        Assert.All(weights, w => Assert.Equal(1, w));
        Assert.Equal(expected.Length, total);
    }

    [Fact]
    public void Without_pairs_only_words_are_features() =>
        Assert.Equal(["neural", "art", "gans"], Features(new FeatureSettings(Bigrams: false), "Neural art", "GANs").Names);

    [Fact]
    public void Title_occurrences_weigh_as_the_settings_say()
    {
        (_, int[] weights, double total) = Features(new FeatureSettings(Bigrams: false, TitleWeight: 3), "Art", "music");
        Assert.Equal([3, 1], weights);
        Assert.Equal(4, total);
    }

    [Fact]
    public void Pair_ids_differ_from_word_ids_and_depend_on_order()
    {
        ulong ab = WordHash.Pair(WordHash.Of("a"), WordHash.Of("b"));
        Assert.NotEqual(ab, WordHash.Pair(WordHash.Of("b"), WordHash.Of("a")));
        Assert.NotEqual(ab, WordHash.Of("a b"));
        Assert.Equal(ab, WordHash.OfName("a b"));
    }

    [Fact]
    public void Word_ids_are_fixed_numbers() =>
        // FNV-1a 64 of "gan", computed independently: the scheme a model file records must never drift
        Assert.Equal(0xd4f04d18fab691f1UL, WordHash.Of("gan"));

    [Fact]
    public void Names_compare_as_their_strings_compare_ordinally()
    {
        var words = new WordList();
        words.AddSegment("Art art-a a art");
        words.AddSegment("arts a b ab a-b b a über zebra Zebra ä");
        var buffer = new FeatureBuffer();
        buffer.Fill(words, FeatureSettings.Default);
        for (int i = 0; i < buffer.Count; i++)
        {
            for (int j = 0; j < buffer.Count; j++)
            {
                int expected = Math.Sign(string.CompareOrdinal(buffer.NameOf(i), buffer.NameOf(j)));
                Assert.True(expected == Math.Sign(buffer.CompareNames(i, j)), $"'{buffer.NameOf(i)}' vs '{buffer.NameOf(j)}'");
            }
        }
    }
}
