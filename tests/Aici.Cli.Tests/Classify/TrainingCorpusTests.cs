using System.Globalization;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify.Model.Training;

namespace Aici.Cli.Tests.Classify;

/// <summary>The labelled corpus of training and evaluation: which records it keeps and the targets it trains on.</summary>
public sealed class TrainingCorpusTests
{
    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"2102.{i:00000}");

    private static string Record(int i, string categories) =>
        $$"""{"id":"{{Id(i)}}","title":"Spoken dialogue {{i}}","abstract":"We study spoken dialogue systems.","categories":"{{categories}}","versions":[{"version":"v1","created":"Mon, 1 Feb 2021 10:00:00 GMT"}],"update_date":"2021-02-02"}""";

    [Fact]
    public void A_record_without_categories_has_no_category_gold_and_is_left_out()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["arxiv.jsonl"], [Record(1, "cs.CL"), Record(2, ""), Record(3, "cs.SD eess.AS")]);
        TrainingCorpus corpus = TrainingCorpus.Load([temp["arxiv.jsonl"]], []);
        Assert.Equal([Id(1), Id(3)], corpus.Arxiv.Select(r => r.Id));
        Assert.Equal(3, corpus.Files.Single().Records);
    }

    [Fact]
    public void A_readers_label_replaces_the_weak_label_it_decides_on_the_training_side_only()
    {
        using var temp = new TempFolder();
        int[] ids = [.. Enumerable.Range(0, 400)];
        File.WriteAllLines(temp["arxiv.jsonl"], ids.Select(i => Record(i, "cs.CL")));
        int training = ids.First(i => StableSplit.IsTraining(Id(i)));
        int other = ids.Last(i => StableSplit.IsTraining(Id(i)));
        int heldOut = ids.First(i => !StableSplit.IsTraining(Id(i)));
        // the reader calls the first training record and a held-out one sound, and leaves `text` of the first undecided
        File.WriteAllLines(temp["read.jsonl"], [
            $$"""{"table":"arxiv","id":"{{Id(training)}}","sound":true}""",
            $$"""{"table":"arxiv","id":"{{Id(other)}}","sound":false,"text":false}""",
            $$"""{"table":"arxiv","id":"{{Id(heldOut)}}","sound":true,"text":true}"""]);

        TrainingCorpus corpus = TrainingCorpus.Load([temp["arxiv.jsonl"]], [], [temp["read.jsonl"]]);
        Dictionary<string, sbyte[]> targets = corpus.TrainingPapers(_ => new bool[WeakLabels.Labels.Length]).ToDictionary(p => p.Id, p => p.Targets);
        int sound = Array.IndexOf(WeakLabels.Labels, "sound");
        int text = Array.IndexOf(WeakLabels.Labels, "text");
        Assert.Equal((1, 1), (targets[Id(training)][sound], targets[Id(training)][text]));
        Assert.Equal((0, 0), (targets[Id(other)][sound], targets[Id(other)][text]));
        Assert.False(targets.ContainsKey(Id(heldOut)));
        // the held-out record keeps its category gold for the first table; the reading is the second gold
        Assert.Equal(0, corpus.ArxivHeldOut.Single(r => r.Id == Id(heldOut)).Targets[sound]);
        Assert.True(corpus.Reader!.Gold("arxiv", Id(heldOut), "sound"));
        // the reader's file is training data: named with the training records it decides
        Assert.Equal(("read.jsonl", 3, 2), corpus.Files.Select(f => (f.Name, f.Records, f.Used)).Last());

        // a reading of whole label groups decides nothing a model trains on, even of training records
        File.WriteAllLines(temp["groups.jsonl"], [$$"""{"table":"arxiv","id":"{{Id(training)}}","techniques":["gan"],"media":[],"creative_domains":[]}"""]);
        TrainingCorpus both = TrainingCorpus.Load([temp["arxiv.jsonl"]], [], [temp["read.jsonl"], temp["groups.jsonl"]]);
        Assert.Equal([("read.jsonl", 3, 2), ("groups.jsonl", 1, 0)], both.Files.TakeLast(2).Select(f => (f.Name, f.Records, f.Used)));
    }

    [Fact]
    public void Readings_of_one_record_from_two_files_merge_and_a_label_decided_twice_is_an_error()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["a.jsonl"], ["""{"table":"arxiv","id":"2102.00001","sound":true,"text":false}"""]);
        File.WriteAllLines(temp["b.jsonl"], ["""{"table":"arxiv","id":"2102.00001","techniques":["gan"],"media":[],"creative_domains":[],"unclear":["video"]}"""]);
        ReaderLabels reading = ReaderLabels.Load([temp["a.jsonl"], temp["b.jsonl"]]);
        Assert.Equal((true, false), (reading.Gold("arxiv", "2102.00001", "sound"), reading.Gold("arxiv", "2102.00001", "text")));
        Assert.Equal((true, false, null), (reading.Gold("arxiv", "2102.00001", "gan", "techniques"), reading.Gold("arxiv", "2102.00001", "vae", "techniques"), reading.Gold("arxiv", "2102.00001", "video", "media")));
        Assert.Null(reading.Gold("arxiv", "2102.00001", "gan"));
        Assert.Null(reading.Gold("arxiv", "2102.00002", "sound"));

        File.WriteAllLines(temp["c.jsonl"], ["", """{"table":"arxiv","id":"2102.00001","text":true}"""]);
        Sources.InputException e = Assert.Throws<Sources.InputException>(() => ReaderLabels.Load([temp["a.jsonl"], temp["c.jsonl"]]));
        Assert.Contains("c.jsonl: line 2: field text: arxiv record 2102.00001 has this label decided already", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirming_models_papers_are_the_training_records_read_whole_and_a_random_stratum_stands_for_the_unread()
    {
        using var temp = new TempFolder();
        int[] ids = [.. Enumerable.Range(0, 200)];
        File.WriteAllLines(temp["arxiv.jsonl"], ids.Select(i => Record(i, "cs.CL")));
        int[] training = [.. ids.Where(i => StableSplit.IsTraining(Id(i)))];
        int heldOut = ids.First(i => !StableSplit.IsTraining(Id(i)));
        // two records drawn because a rule fired, two of the rest at random, one held out (not training data)
        File.WriteAllLines(temp["read.jsonl"], [
            $$"""{"table":"arxiv","id":"{{Id(training[0])}}","creative_domains":["publishing"],"stratum":"domain-rule-fired"}""",
            $$"""{"table":"arxiv","id":"{{Id(training[1])}}","creative_domains":[],"unclear":["games"],"stratum":"domain-rule-fired"}""",
            $$"""{"table":"arxiv","id":"{{Id(training[2])}}","creative_domains":["games"],"stratum":"random"}""",
            $$"""{"table":"arxiv","id":"{{Id(training[3])}}","creative_domains":[],"stratum":"random"}""",
            $$"""{"table":"arxiv","id":"{{Id(heldOut)}}","creative_domains":["games"]}"""]);
        TrainingCorpus corpus = TrainingCorpus.Load([temp["arxiv.jsonl"]], [], [temp["read.jsonl"]]);
        var papers = corpus.ConfirmingPapers([("creative_domains", "publishing"), ("creative_domains", "games")], _ => [false, false]).ToDictionary(p => p.Id);
        Assert.Equal(training.Take(4).Select(Id).Order(StringComparer.Ordinal), papers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1, 0], papers[Id(training[0])].Targets);
        Assert.Equal([0, -1], papers[Id(training[1])].Targets);
        // each random record stands for half of the training records the other stratum does not list
        double weight = (training.Length - 2) / 2.0;
        Assert.Equal([1, 1, weight, weight], training.Take(4).Select(i => papers[Id(i)].Weight));
        // the header counts only what the confirming model used
        Assert.Equal([("arxiv.jsonl", 200, 4), ("read.jsonl", 5, 4)], corpus.FilesFor(["creative_domains"], [temp["read.jsonl"]]).Select(f => (f.Name, f.Records, f.Used)));

        Sources.InputException none = Assert.Throws<Sources.InputException>(() => corpus.ConfirmingPapers([("media", "video")], _ => [false]));
        Assert.Contains("no training-side arXiv record has its media read whole", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_drawn_in_two_strata_is_an_error_naming_file_line_and_field()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["a.jsonl"], ["""{"table":"arxiv","id":"2102.00001","sound":true,"stratum":"random"}"""]);
        File.WriteAllLines(temp["b.jsonl"], ["""{"table":"arxiv","id":"2102.00001","media":[],"stratum":"random"}""", """{"table":"arxiv","id":"2102.00002","media":[],"stratum":7}"""]);
        Sources.InputException e = Assert.Throws<Sources.InputException>(() => ReaderLabels.Load([temp["a.jsonl"], temp["b.jsonl"]]));
        Assert.Contains("b.jsonl: line 2: field stratum: missing or not a string", e.Message, StringComparison.Ordinal);
        File.WriteAllLines(temp["c.jsonl"], ["""{"table":"arxiv","id":"2102.00001","media":[],"stratum":"fired"}"""]);
        e = Assert.Throws<Sources.InputException>(() => ReaderLabels.Load([temp["a.jsonl"], temp["c.jsonl"]]));
        Assert.Contains("c.jsonl: line 1: field stratum: arxiv record 2102.00001 was drawn as 'random' in another file", e.Message, StringComparison.Ordinal);
    }
}
