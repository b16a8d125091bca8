using Aici.Core.Classify;

namespace Aici.Core.Tests;

public sealed class PaperClassifierTests
{
    private static readonly PaperClassifier Classifier =
        new([TestTaxonomies.Ai, TestTaxonomies.Modalities, TestTaxonomies.Techniques]);

    private static Classification Classify(string title, string abstractText, params string[] categories) =>
        Classifier.Classify(title, abstractText, categories);

    [Fact]
    public void A_core_category_makes_a_paper_ai_and_keeps_the_category_as_evidence()
    {
        Classification c = Classify("On graphs", "We prove a theorem.", "cs.LG", "math.CO");
        Label ai = Assert.Single(c.Labels, l => l.Name == "ai");
        Assert.Equal(["cs.LG"], ai.Evidence.Categories);
        Assert.Empty(ai.Evidence.Phrases);
    }

    [Fact]
    public void A_sound_paper_outside_core_categories_is_ai_only_when_its_text_says_so()
    {
        Assert.False(Classify("Room acoustics", "We measure reverberation of concert halls.", "cs.SD").IsAi);
        Classification c = Classify("Music generation", "A deep learning model composes music.", "cs.SD", "eess.AS");
        Assert.True(c.IsAi);
        Assert.Equal(["deep learning"], c.Labels.Single(l => l.Name == "ai").Evidence.Phrases);
        Assert.Equal(["cs.SD", "eess.AS"], c.Labels.Single(l => l.Name == "sound").Evidence.Categories);
    }

    [Fact]
    public void A_paper_without_categories_is_labelled_from_its_text()
    {
        Classification c = Classify("Painting with GANs", "Generative adversarial networks make images.");
        Assert.Equal(["ai", "image", "gan"], c.Labels.Select(l => l.Name));
        Assert.Equal(["gan", "generative adversarial"], c.Labels.Single(l => l.Name == "gan").Evidence.Phrases);
        Assert.Equal("phrases: gan, generative adversarial", c.Labels.Single(l => l.Name == "gan").Evidence.ToString());
    }

    [Fact]
    public void Exclusions_stop_a_phrase_only_where_they_cover_it()
    {
        Assert.DoesNotContain(Classify("Tagging", "A neural network for part-of-speech tagging of text.").Labels, l => l.Name == "sound");
        Assert.Contains(Classify("Tagging", "Part-of-speech tags and speech audio.").Labels, l => l.Name == "sound");
        Assert.DoesNotContain(Classify("TTS", "A text-to-speech neural network.").Labels, l => l.Name == "text");
    }

    [Fact]
    public void Transfer_learning_is_not_style_transfer() =>
        Assert.DoesNotContain(Classify("Transfer", "Transfer learning of a neural network for style classification.").Labels, l => l.Name == "style_transfer");

    [Fact]
    public void Latex_escapes_do_not_hide_phrases() =>
        Assert.True(Classify("\\emph{Neural} \\textbf{network} for {\\'e}t{\\'e}", "").IsAi);

    [Fact]
    public void A_label_defined_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new PaperClassifier([TestTaxonomies.Ai, TestTaxonomies.Ai]));
}
