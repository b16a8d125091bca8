using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class PhraseRulesTests
{
    private static readonly PaperClassifier Classifier = new([TestTaxonomies.Ai, TestTaxonomies.Modalities, TestTaxonomies.Techniques]);
    private static readonly PhraseRules Rules = new(Classifier.Labels);

    /// <summary>The labels and evidence of <see cref="PhraseRules"/>, in <see cref="PaperClassifier"/>'s shape.</summary>
    internal static List<string> Labels(PhraseRules rules, string title, string? abstractText, params string[] categories)
    {
        var words = new WordList();
        words.AddSegment(title);
        if (abstractText is not null)
        {
            words.AddSegment(abstractText);
        }

        var matches = new RuleMatches();
        rules.Match(words, categories, matches);
        var labels = new List<string>();
        for (int l = 0; l < rules.Labels.Count; l++)
        {
            if (matches.Carries(l))
            {
                labels.Add(Describe(rules.Labels[l].Name, matches.Categories(l), matches.ByPhrases(l) ? matches.Phrases(l) : []));
            }
        }

        return labels;
    }

    internal static List<string> Expected(PaperClassifier classifier, string title, string? abstractText, params string[] categories) =>
        [.. classifier.Classify(title, abstractText, categories).Labels.Select(l => Describe(l.Name, l.Evidence.Categories, l.Evidence.Phrases))];

    private static string Describe(string label, IReadOnlyList<string> categories, IReadOnlyList<string> phrases) =>
        $"{label} [{string.Join(' ', categories)}] [{string.Join(", ", phrases)}]";

    [Theory]
    [InlineData("Painting with GANs", "Generative adversarial networks make images.")]
    [InlineData("Tagging", "A neural network for part-of-speech tagging of text.")]
    [InlineData("Tagging", "Part-of-speech tags and speech audio.")]
    [InlineData("TTS", "A text-to-speech neural network.")]
    [InlineData("Transfer", "Transfer learning of a neural network for style classification.")]
    [InlineData("\\emph{Neural} \\textbf{network} for {\\'e}t{\\'e}", "")]
    [InlineData("The organ", "An organ recital; no adversarial nets here.")]
    [InlineData("Neural style-transfer", "Style transfer and neural style for music and videos.")]
    public void Phrase_rules_label_as_the_paper_classifier_does(string title, string abstractText) =>
        Assert.Equal(Expected(Classifier, title, abstractText), Labels(Rules, title, abstractText));

    [Fact]
    public void Phrases_far_into_a_long_text_label_as_the_paper_classifier_does()
    {
        // 3,000 filler words, then phrases: the trie's list of candidate first words grows past its first buffer
        string filler = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "word" + (i % 50)));
        string text = filler + " a generative adversarial network for music and style transfer of images";
        Assert.Equal(Expected(Classifier, "Long", text), Labels(Rules, "Long", text));
        Assert.Equal(Expected(Classifier, "Short", "GANs"), Labels(Rules, "Short", "GANs"));
    }

    [Fact]
    public void Categories_decide_as_the_paper_classifier_does()
    {
        Assert.Equal(Expected(Classifier, "On graphs", "We prove a theorem.", "cs.LG", "math.CO"), Labels(Rules, "On graphs", "We prove a theorem.", "cs.LG", "math.CO"));
        Assert.Equal(Expected(Classifier, "Music generation", "A deep learning model composes music.", "cs.SD", "eess.AS"), Labels(Rules, "Music generation", "A deep learning model composes music.", "cs.SD", "eess.AS"));
        Assert.Equal(Expected(Classifier, "x", null, "CS.cv"), Labels(Rules, "x", null, "CS.cv"));
    }

    [Fact]
    public void Plurals_of_the_last_word_match_and_other_endings_do_not()
    {
        Assert.Contains(Labels(Rules, "GANs and VAEs", null), l => l.StartsWith("gan ", StringComparison.Ordinal));
        Assert.DoesNotContain(Labels(Rules, "Organs", null), l => l.StartsWith("gan ", StringComparison.Ordinal));
        Assert.DoesNotContain(Labels(Rules, "Gangs", null), l => l.StartsWith("gan ", StringComparison.Ordinal));
    }

    [Fact]
    public void Exclusions_apply_to_their_own_label_only()
    {
        var labels = Labels(Rules, "Hate speech", "Detecting hate speech in text with a neural network.");
        Assert.DoesNotContain(labels, l => l.StartsWith("sound ", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("text ", StringComparison.Ordinal));
    }

    [Fact]
    public void Min_phrases_needs_that_many_distinct_phrases()
    {
        var strict = new PhraseRules([new Taxonomy.LabelDefinition("x", Taxonomy.LabelKind.Technique, [], ["alpha", "beta"], [], MinPhrases: 2)]);
        Assert.Empty(Labels(strict, "alpha alpha alpha", null));
        Assert.Single(Labels(strict, "alpha and betas", null));
    }

    public static TheoryData<string, string?, bool> MentionCases => new()
    {
        { "A study of pricing", "We apply it to marketing data once.", false },          // one mention in passing
        { "A study of pricing", "Marketing teams want it; marketing budgets grow.", true }, // two in the abstract
        { "Neural marketing copy", "We write slogans.", true },                            // one in the title counts two
        { "A study of pricing", "Digital marketing and advertising alike.", true },      // two phrases, one mention each
        { "A study of pricing", "For traditional crafts, and nothing else.", false },    // overlapping phrases: one mention
        { "A study of pricing", "Marketing mix models; marketing mix again.", false },   // both inside an exclusion
        { "Marketing mix models", "Nothing else here.", false },                           // excluded in the title too
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void Min_mentions_needs_the_phrases_that_often_a_title_mention_counting_two(string title, string? abstractText, bool carried)
    {
        var label = new Taxonomy.LabelDefinition("ads", Taxonomy.LabelKind.CreativeDomain, [], ["marketing", "advertising", "traditional craft", "crafts"], ["marketing mix"], MinMentions: 2);
        var loose = label with { Name = "loose", MinMentions = 1 };
        var rules = new PhraseRules([label, loose]);
        var classifier = new PaperClassifier([new Taxonomy.Taxonomy("t", "1", [label, loose])]);
        List<string> labels = Labels(rules, title, abstractText);
        Assert.Equal(carried, labels.Any(l => l.StartsWith("ads ", StringComparison.Ordinal)));
        Assert.Equal(Expected(classifier, title, abstractText), labels);
    }
}
