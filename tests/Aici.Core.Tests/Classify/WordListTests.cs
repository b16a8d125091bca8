using Aici.Core.Classify.Model;
using Aici.Core.Text;

namespace Aici.Core.Tests.Classify;

public sealed class WordListTests
{
    // Lower-case ASCII words of 1 to 40 characters (half of them under 8), separated by a space or ", ", filling at
    // least `length` characters (a separator may run one past it).
    private static string WordsText(Random random, int length)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        var text = new System.Text.StringBuilder(length);
        while (text.Length < length)
        {
            int word = random.Next(1, random.Next(2) == 0 ? 8 : 41);
            for (int c = 0; c < word && text.Length < length; c++)
            {
                text.Append(Letters[random.Next(Letters.Length)]);
            }

            if (text.Length < length)
            {
                text.Append(random.Next(4) == 0 ? ", " : " ");
            }
        }

        return text.ToString();
    }

    private static string[] Words(string title, string? abstractText = null)
    {
        var words = new WordList();
        words.AddSegment(title);
        if (abstractText is not null)
        {
            words.AddSegment(abstractText);
        }

        return [.. Enumerable.Range(0, words.Count).Select(i => new string(words.Word(i)))];
    }

    [Fact]
    public void Words_are_lower_case_runs_of_letters_and_digits() =>
        Assert.Equal(["gan", "based", "style", "transfer", "for", "3d", "scenes"], Words("GAN-based style-transfer, for 3D scenes!"));

    [Fact]
    public void Latex_accents_and_commands_fold_as_match_text_folds_them() =>
        Assert.Equal(["neural", "network", "for", "ete", "naive", "x"], Words("\\emph{Neural} \\textbf{network} for {\\'e}t{\\'e}", "na\u00efve $x$"));

    [Theory]
    [InlineData("Stra\u00dfe and \u00c6sthetics", null)]
    [InlineData("A \\alpha-stable {G}AN", "with \\& without x\\\\y and e\u0301t\u00e9")]
    [InlineData("Title ending in a command \\", "abstract ~ with~tildes\nand\tlines")]
    [InlineData("\u0391\u03b8\u03ae\u03bd\u03b1 and \u201cquotes\u201d", "non\u00a0breaking space")]
    public void Words_equal_the_phrase_matchers_words_of_the_folded_text(string title, string? abstractText)
    {
        string[] expected = [.. PhraseMatcher.Words(MatchText.Of(title, abstractText))];
        Assert.Equal(expected, Words(title, abstractText));
    }

    [Fact]
    public void Folded_texts_of_every_shape_give_the_phrase_matchers_words()
    {
        // plain runs of 1 to 40 characters between LaTeX commands, braces, dollars, accented and expanding letters and
        // combining accents, so that the specials fall at every offset of the folder's 16-character chunks
        string[] specials = ["\\'e", "\\\"o", "{G}", "$x$", "\u00df", "\u00e9", "\u00c6", "e\u0301", "\\alpha", "\\emph{a}", "}", "{", "$", "\u00a0", "\\&", "\\\\"];
        const string Letters = "abcdefghij klmnopqrstuvwxyz0123456789-";
        var random = new Random(20261206);
        for (int round = 0; round < 2_000; round++)
        {
            var text = new System.Text.StringBuilder();
            int pieces = random.Next(1, 12);
            for (int p = 0; p < pieces; p++)
            {
                int run = random.Next(0, 41);
                for (int c = 0; c < run; c++)
                {
                    text.Append(Letters[random.Next(Letters.Length)]);
                }

                text.Append(specials[random.Next(specials.Length)]);
            }

            string abstractText = text.ToString();
            string[] expected = [.. PhraseMatcher.Words(MatchText.Of("t", abstractText))];
            Assert.Equal(expected, Words("t", abstractText));
        }
    }

    [Fact]
    public void Each_word_carries_its_hash_and_segment_start()
    {
        var words = new WordList();
        words.AddSegment("Deep Learning");
        words.AddSegment("for art");
        Assert.Equal(4, words.Count);
        Assert.Equal(WordHash.Of("deep"), words.Id(0));
        Assert.True(words.StartsSegment(0));
        Assert.False(words.StartsSegment(1));
        Assert.True(words.StartsSegment(2));
    }

    [Fact]
    public void Every_word_id_is_the_hash_of_the_word_whatever_the_text_length()
    {
        // ASCII texts of every length up to 700 and then some long ones: words of 1 to 40 characters fall across
        // the boundaries of the hashing stretches at every offset
        var random = new Random(20261125);
        var words = new WordList();
        for (int length = 0; length < 3000; length += length < 700 ? 1 : 97)
        {
            string text = WordsText(random, length);
            words.Clear();
            words.AddSegment(text);
            string[] expected = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(expected.Length, words.Count);
            for (int i = 0; i < words.Count; i++)
            {
                Assert.Equal(expected[i], new string(words.Word(i)));
                Assert.Equal(WordHash.Of(expected[i]), words.Id(i));
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_hashing_layouts_give_every_words_hash(bool wide)
    {
        // the eight-lane layout (taken where the machine has 512-bit vectors) and the four-chain one (elsewhere), each
        // on texts of every length to 1,200 and some long ones, words of 1 to 40 characters at every offset
        if (wide && !AsciiWords.Wide)
        {
            Assert.Skip("this machine has no 512-bit vectors with 64-bit multiplies");
        }

        var random = new Random(wide ? 7 : 8);
        for (int length = 0; length < 6000; length += length < 1200 ? 1 : 331)
        {
            string plain = WordsText(random, length);
            char[] padded = new char[AsciiWords.Padded(plain.Length, wide)];
            plain.CopyTo(padded);
            padded.AsSpan(plain.Length).Fill(' ');
            var hashes = new ulong[padded.Length];
            AsciiWords.PrefixHashes(padded, plain.Length, hashes, wide);
            int room = ((plain.Length + 1) / 2) + AsciiWords.Slack;
            var starts = new int[room];
            var ends = new int[room];
            var ids = new ulong[room];
            int count = AsciiWords.Bounds(padded, plain.Length, hashes, 5, starts, ends, ids, wide);
            string[] expected = plain.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(expected.Length, count);
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(expected[i], plain[(starts[i] - 5)..(ends[i] - 5)]);
                Assert.Equal(WordHash.Of(expected[i]), ids[i]);
            }
        }
    }

    [Fact]
    public void Clearing_reuses_the_buffers()
    {
        var words = new WordList();
        words.AddSegment(new string('x', 10_000) + " tail");
        words.Clear();
        words.AddSegment("short");
        Assert.Equal(["short"], Enumerable.Range(0, words.Count).Select(i => new string(words.Word(i))));
    }
}
