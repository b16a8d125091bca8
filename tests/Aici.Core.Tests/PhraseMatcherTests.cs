using Aici.Core.Text;

namespace Aici.Core.Tests;

public sealed class PhraseMatcherTests
{
    private static List<string> Found(string text, params string[] phrases)
    {
        var matcher = new PhraseMatcher(phrases);
        var hits = new List<PhraseHit>();
        matcher.Match(text, hits);
        return [.. hits.Select(h => phrases[h.Phrase]).Distinct().Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("The organ of Corti transduces sound.")]
    [InlineData("Organic photovoltaics and organisations.")]
    [InlineData("A slogan for Ganymede.")]
    public void Gan_does_not_match_inside_words(string text) => Assert.Empty(Found(text, "gan"));

    [Theory]
    [InlineData("We train GANs on faces.")]
    [InlineData("A GAN-based model.")]
    [InlineData("gan")]
    [InlineData("(GAN)")]
    [InlineData("Conditional GAN: results")]
    public void Gan_matches_as_a_word_in_any_case_and_plural(string text) => Assert.Equal(["gan"], Found(text, "gan"));

    [Theory]
    [InlineData("neural style transfer for painting")]
    [InlineData("Style-Transfer of photographs")]
    [InlineData("two style\n  transfers")]
    public void Multi_word_phrases_match_across_hyphens_whitespace_and_plural(string text) =>
        Assert.Equal(["style transfer"], Found(text, "style transfer"));

    [Theory]
    [InlineData("Folk melodies")]
    [InlineData("a melody")]
    public void A_final_consonant_y_also_matches_its_ies_plural(string text) => Assert.Equal(["melody"], Found(text, "melody"));

    [Fact]
    public void A_final_vowel_y_takes_a_plain_s() => Assert.Equal(["key"], Found("keys", "key"));

    [Fact]
    public void Transfer_learning_is_not_style_transfer() =>
        Assert.Empty(Found("We use transfer learning from a style classifier.", "style transfer"));

    [Fact]
    public void Generative_adversarial_matches_without_network() =>
        Assert.Equal(["generative adversarial"], Found("a generative adversarial approach", "generative adversarial", "generative adversarial network"));

    [Fact]
    public void Overlapping_phrases_are_all_reported_with_their_word_spans()
    {
        var matcher = new PhraseMatcher(["language model", "large language model", "model"]);
        var hits = new List<PhraseHit>();
        matcher.Match("A large language model.", hits);
        Assert.Contains(new PhraseHit(1, 1, 3), hits);
        Assert.Contains(new PhraseHit(0, 2, 3), hits);
        Assert.Contains(new PhraseHit(2, 3, 3), hits);
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public void Digits_belong_to_words() => Assert.Equal(["gpt-4"], Found("GPT-4 writes; GPT-40 is not it.", "gpt-4"));

    [Fact]
    public void A_phrase_without_words_is_refused() =>
        Assert.Throws<ArgumentException>(() => new PhraseMatcher(["--"]));
}
