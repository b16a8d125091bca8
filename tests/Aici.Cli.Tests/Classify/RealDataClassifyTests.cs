using System.Buffers;
using System.Text;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Core.Domain;
using Aici.Core.Text;
using Aici.Sources;
using Aici.Sources.Inputs;
using Aici.Sources.Parallel;
using Aici.Tests;

namespace Aici.Cli.Tests.Classify;

/// <summary>The classification path on the real records in ../shared/data (skipped when they are absent).</summary>
public sealed class RealDataClassifyTests
{
    private static readonly string Taxonomy = Path.Combine(SharedData.RepoRoot, "taxonomy");

    private static List<Paper> Papers(string option, string relative)
    {
        string path = SharedData.Require(relative);
        IReadOnlyList<IPaperSource> sources = option == "arxiv" ? InputFiles.Arxiv([path]) : InputFiles.Papers([path]);
        return [.. sources.SelectMany(s => s.Read(TestContext.Current.CancellationToken)).Select(i => i.Paper).OfType<Paper>()];
    }

    [Fact]
    public void Fast_words_equal_the_phrase_matchers_words_on_every_real_record()
    {
        var words = new WordList();
        foreach (Paper paper in Papers("arxiv", "arxiv").Concat(Papers("papers", "papers")))
        {
            words.Clear();
            words.AddSegment(paper.Title);
            if (paper.Abstract is not null)
            {
                words.AddSegment(paper.Abstract);
            }

            List<string> expected = PhraseMatcher.Words(MatchText.Of(paper.Title, paper.Abstract));
            string[] actual = [.. Enumerable.Range(0, words.Count).Select(i => new string(words.Word(i)))];
            Assert.True(expected.SequenceEqual(actual), $"{paper.Location}: words differ");
        }
    }

    [Fact]
    public void Fast_phrase_rules_label_every_real_record_as_the_paper_classifier_does()
    {
        (ResearchRules rules, _, _, _) = ClassifierSetup.LoadRules(Taxonomy, modelPath: null, modelRequired: false);
        var classifier = new PaperClassifier(rules.Phrases.Labels.Select(l => new Core.Taxonomy.Taxonomy("t", "1", [l])));
        var analysis = new PaperAnalysis(rules.WithModel(null));
        int differences = 0;
        var first = new List<string>();
        foreach (Paper paper in Papers("arxiv", "arxiv"))
        {
            analysis.Load(PaperText.Of(paper));
            string expected = string.Join("; ", classifier.Classify(paper).Labels.Select(l => $"{l.Name} {l.Evidence}"));
            var labels = new List<string>();
            for (int l = 0; l < rules.Phrases.Labels.Count; l++)
            {
                Evidence? e = analysis.Matches.Carries(l)
                    ? new Evidence([.. analysis.Matches.Categories(l)], analysis.Matches.ByPhrases(l) ? analysis.Matches.Phrases(l) : [])
                    : null;
                if (e is not null)
                {
                    labels.Add($"{rules.Phrases.Labels[l].Name} {e}");
                }
            }

            if (expected != string.Join("; ", labels) && differences++ < 3)
            {
                first.Add($"{paper.Location}\n  classifier: {expected}\n  fast:       {string.Join("; ", labels)}");
            }
        }

        Assert.True(differences == 0, $"{differences} records differ, e.g.\n{string.Join('\n', first)}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void With_min_mentions_the_fast_phrase_rules_still_label_every_real_record_as_the_paper_classifier_does(int mentions)
    {
        // no shipped label needs more than one mention: every label is made to, so that the two counts of mentions
        // (title words, overlaps, exclusions) meet every real record
        (ResearchRules shipped, _, _, _) = ClassifierSetup.LoadRules(Taxonomy, modelPath: null, modelRequired: false);
        Core.Taxonomy.LabelDefinition[] strict = [.. shipped.Phrases.Labels.Select(l => l with { MinMentions = mentions })];
        var rules = new PhraseRules(strict);
        var classifier = new PaperClassifier([new Core.Taxonomy.Taxonomy("t", "1", strict)]);
        var words = new WordList();
        var matches = new RuleMatches();
        int differences = 0, carried = 0;
        var first = new List<string>();
        foreach (Paper paper in Papers("arxiv", "arxiv").Concat(Papers("papers", "papers")))
        {
            words.Clear();
            words.AddSegment(paper.Title);
            if (paper.Abstract is not null)
            {
                words.AddSegment(paper.Abstract);
            }

            rules.Match(words, paper.Categories, matches);
            string[] fast = [.. Enumerable.Range(0, strict.Length).Where(matches.ByPhrases).Select(l => strict[l].Name)];
            string[] expected = [.. classifier.Classify(paper).Labels.Where(l => l.Evidence.Phrases.Count > 0).Select(l => l.Name)];
            carried += fast.Length;
            if (!fast.SequenceEqual(expected) && differences++ < 3)
            {
                first.Add($"{paper.Location}\n  classifier: {string.Join(' ', expected)}\n  fast:       {string.Join(' ', fast)}");
            }
        }

        Assert.True(differences == 0, $"{differences} records differ, e.g.\n{string.Join('\n', first)}");
        Assert.True(carried > 1000, $"only {carried} labels carried by phrases");
    }

    [Fact]
    public void The_fast_reader_reads_what_the_regular_readers_read()
    {
        string arxiv = SharedData.Require("arxiv");
        string papers = SharedData.Require("papers");
        List<SourceFile> files = [.. InputFiles.Expand([arxiv], InputOption.Arxiv), .. InputFiles.Expand([papers], InputOption.Papers)];
        var expected = new StringBuilder();
        foreach (SourceFile file in files)
        {
            foreach (Paper p in SourceFactory.Create(file).Read(TestContext.Current.CancellationToken).Select(i => i.Paper).OfType<Paper>())
            {
                expected.Append(CultureInvariant($"{p.Id}|{p.Title}|{p.Abstract}|{string.Join(' ', p.Categories)}|{p.Location.Line}\n"));
            }
        }

        using var output = new MemoryStream();
        new ParallelRecordReader(2).Run(files, () => new Echo(), output, _ => { }, TestContext.Current.CancellationToken);
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void The_shipped_model_keeps_ai_f1_on_the_held_out_split()
    {
        TrainingCorpus corpus = TrainingCorpus.Load([SharedData.Require("arxiv")], [SharedData.Require("papers")]);
        ClassifierSetup setup = ClassifierSetup.Load(Taxonomy, null, ModelDefinition.DefinitionName);
        EvaluationTable table = ClassificationEvaluation.Arxiv(corpus, [setup.Labeller]);
        LabelCounts ai = table.Find(ModelDefinition.DefinitionName, "ai")!.Value;
        Assert.True(ai.F1 >= 0.92, $"held-out AI F1 {ai.F1:0.000} < 0.92\n{table.ToText()}");
        Assert.True(ai.Support > 2000, table.ToText());
    }

    [Fact]
    public void The_phrase_rules_keep_their_f1_against_the_blind_reading_of_held_out_papers()
    {
        TrainingCorpus corpus = TrainingCorpus.Load([SharedData.Require("arxiv")], [], Devset("reader-techniques.jsonl"));
        ClassifierSetup setup = ClassifierSetup.Load(Taxonomy, null, ModelDefinition.DefinitionName);
        EvaluationTable table = ClassificationEvaluation.RulesAgainstReader(corpus, setup.Labeller, corpus.Reader!);
        // micro F1 per group, a little under the measured 0.906 (techniques), 0.917 (media) and 0.789 (creative
        // domains); the phrases of media and domains confirmed by the shipped confirming model (0.887 and 0.725 alone)
        Assert.NotNull(setup.Confirmer);
        foreach ((string list, double floor) in (ReadOnlySpan<(string, double)>)[("techniques", 0.88), ("media", 0.90), ("creative_domains", 0.76)])
        {
            Assert.True(Micro(table, setup, list, "rules").F1 >= floor, $"{list}: micro F1 {Micro(table, setup, list, "rules").F1:0.000} < {floor:0.00} against the reading\n{table.ToText()}");
        }

        // what the confirming model adds over the phrases alone, on papers it never saw
        foreach ((string list, double gain) in (ReadOnlySpan<(string, double)>)[("media", 0.015), ("creative_domains", 0.03)])
        {
            LabelCounts confirmed = Micro(table, setup, list, "rules");
            LabelCounts alone = Micro(table, setup, list, ClassificationEvaluation.PhrasesAlone);
            Assert.True(confirmed.F1 > alone.F1 + gain && confirmed.Precision > alone.Precision, $"{list}: confirmed {confirmed.F1:0.000}, phrases alone {alone.F1:0.000}\n{table.ToText()}");
        }
    }

    [Fact]
    public void The_phrase_rules_keep_their_f1_against_the_blind_reading_of_held_out_conference_papers()
    {
        TrainingCorpus corpus = TrainingCorpus.Load([SharedData.Require("arxiv")], [SharedData.Require("papers")], Devset("reader-venues-techniques.jsonl", "reader-venues-domains.jsonl"));
        ClassifierSetup setup = ClassifierSetup.Load(Taxonomy, null, ModelDefinition.DefinitionName);
        EvaluationTable table = ClassificationEvaluation.RulesAgainstReader(corpus, setup.Labeller, corpus.Reader!);
        // a second population, 4,822 papers: a little under the measured 0.884 (techniques), 0.880 (media) and 0.775
        // (creative domains), and the confirming model still adding over the phrases alone (0.838 and 0.737)
        foreach ((string list, double floor) in (ReadOnlySpan<(string, double)>)[("techniques", 0.86), ("media", 0.86), ("creative_domains", 0.74)])
        {
            LabelCounts confirmed = Micro(table, setup, list, ClassificationEvaluation.VenueRules, ClassificationEvaluation.VenueRules);
            Assert.True(confirmed.F1 >= floor, $"{list}: micro F1 {confirmed.F1:0.000} < {floor:0.00} on conference papers\n{table.ToText()}");
            Assert.True(confirmed.TruePositives + confirmed.FalseNegatives > 200, table.ToText());
        }

        foreach (string list in (string[])["media", "creative_domains"])
        {
            LabelCounts confirmed = Micro(table, setup, list, ClassificationEvaluation.VenueRules, ClassificationEvaluation.VenueRules);
            LabelCounts alone = Micro(table, setup, list, ClassificationEvaluation.VenuePhrasesAlone, ClassificationEvaluation.VenueRules);
            Assert.True(confirmed.F1 > alone.F1 + 0.02 && confirmed.Precision > alone.Precision, $"{list}: confirmed {confirmed.F1:0.000}, phrases alone {alone.F1:0.000}\n{table.ToText()}");
        }
    }

    // the summed counts of a group's labels in one row set of the table; a label without such a row counts as in
    // "rules" (or the fallback row set given)
    private static LabelCounts Micro(EvaluationTable table, ClassifierSetup setup, string list, string definition, string fallback = "rules")
    {
        LabelCounts micro = default;
        foreach (string label in ClassificationEvaluation.RuleLabels(setup.Labeller.Rules).Where(l => l.List == list).Select(l => l.Label))
        {
            LabelCounts c = (table.Find(definition, label) ?? table.Find(fallback, label))!.Value;
            micro = new LabelCounts(micro.TruePositives + c.TruePositives, micro.FalsePositives + c.FalsePositives, micro.FalseNegatives + c.FalseNegatives, micro.TrueNegatives + c.TrueNegatives);
        }

        return micro;
    }

    [Fact]
    public void The_shipped_model_keeps_image_sound_and_text_f1_against_the_blind_reading_of_the_held_out_side()
    {
        TrainingCorpus corpus = TrainingCorpus.Load([SharedData.Require("arxiv")], [SharedData.Require("papers")], Readings);
        ClassifierSetup setup = ClassifierSetup.Load(Taxonomy, null, ModelDefinition.DefinitionName);
        foreach (string side in ReaderLabels.Tables)
        {
            EvaluationTable table = ClassificationEvaluation.AgainstReader(corpus, [setup.Labeller], corpus.Reader!, side);
            Assert.Equal(["image", "sound", "text"], table.Rows.Where(r => r.Definition == ModelDefinition.DefinitionName).Select(r => r.Label));
            foreach (string label in (string[])["image", "sound", "text"])
            {
                LabelCounts counts = table.Find(ModelDefinition.DefinitionName, label)!.Value;
                Assert.True(counts.F1 >= 0.90, $"{side} {label} F1 {counts.F1:0.000} < 0.90 against the reading\n{table.ToText()}");
                Assert.True(counts.Support > 200, table.ToText());
            }
        }
    }

    [Fact]
    public void Evaluate_classify_prints_the_tables_and_writes_the_csv_files()
    {
        using var temp = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = EvaluateClassifyCommand.Execute(
            [SharedData.Require("arxiv")], [SharedData.Require("papers")], temp["eval"], retrain: false,
            Devset("devset.jsonl")[0] is { } dev && File.Exists(dev) ? dev : null,
            Readings, Taxonomy, null, output, error);
        Assert.True(code == 0, error.ToString());
        string text = output.ToString();
        Assert.Contains("shipped model research", text, StringComparison.Ordinal);
        Assert.Contains("Held-out arXiv records, text only", text, StringComparison.Ordinal);
        Assert.Contains("Held-out conference papers with abstracts", text, StringComparison.Ordinal);
        Assert.Matches(@"arXiv held out +ai +F1 0\.\d{3}", text);
        Assert.Matches(@"arXiv held out, read +text +F1 0\.\d{3}", text);
        Assert.Matches(@"arXiv held out, read +image +F1 0\.\d{3}", text);
        Assert.DoesNotContain("model trained now", text, StringComparison.Ordinal);
        Assert.Contains("Held-out conference papers with abstracts (gold: a blind reading)", text, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(temp["eval/classification_arxiv.csv"]);
        Assert.Equal("definition,label,precision,recall,f1,support,true_positives,false_positives,false_negatives,population", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("model,ai,", StringComparison.Ordinal));
        Assert.True(File.Exists(temp["eval/classification_venues.csv"]));
        Assert.True(File.Exists(temp["eval/classification_reader_arxiv.csv"]));
        Assert.True(File.Exists(temp["eval/classification_errors.jsonl"]));
    }

    // the readings the shipped research model was trained on (training side) and is measured against (held out)
    private static string[] Readings => Devset("reader-labels.jsonl", "reader-image.jsonl");

    // files of the repository's tests/devset folder
    private static string[] Devset(params string[] files) => [.. files.Select(f => Path.Combine(SharedData.RepoRoot, "tests", "devset", f))];

    private static string CultureInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Echo : IRecordWorker
    {
        public void Process(TextRecord record, IBufferWriter<byte> output) =>
            output.Write(Encoding.UTF8.GetBytes(CultureInvariant(
                $"{record.Id}|{new string(record.Title)}|{(record.HasAbstract ? new string(record.Abstract) : "")}|{string.Join(' ', Enumerable.Range(0, record.CategoryCount).Select(i => new string(record.Category(i))))}|{record.Line}\n")));
    }
}
