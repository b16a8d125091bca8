using System.CommandLine;
using Aici.Core.Classify.Vocabulary;
using Aici.Core.Taxonomy;
using Aici.Sources.Taxonomy;
using Aici.Sources.Vocabulary;

namespace Aici.Cli.Commands.Vocab;

/// <summary><c>aici vocab devset</c>: per-label precision, recall and F1 on the hand-labelled development set.</summary>
internal static class DevSetCommand
{
    /// <summary>The taxonomy files whose phrase rules the development set checks.</summary>
    public static readonly string[] LabelFiles = ["techniques.json", "media.json", "creative_domains.json"];

    public static Command Build(TextWriter output, TextWriter error)
    {
        var devset = new Option<string>("--devset") { Description = "the development set (tests/devset/devset.jsonl)", HelpName = "FILE", Required = true };
        var taxonomy = new Option<string>("--taxonomy")
        {
            Description = "folder of taxonomy files (techniques.json, media.json, creative_domains.json, vocabulary/vocabulary.json)",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "taxonomy"),
        };
        var textOnly = new Option<bool>("--text-only") { Description = "hide the records' arXiv categories" };
        var errors = new Option<bool>("--errors") { Description = "also list every false positive and false negative with its evidence" };
        var command = new Command("devset", "Score the phrase rules (techniques, media, creative domains) and the vocabulary definition on the development set.")
        {
            devset, taxonomy, textOnly, errors,
        };
        command.SetAction(parsed => VocabOptions.Run("vocab devset", error, () =>
        {
            IReadOnlyList<DevRecord> records = DevSet.Read(parsed.GetValue(devset)!);
            string dir = parsed.GetValue(taxonomy)!;
            bool hide = parsed.GetValue(textOnly);
            List<Taxonomy> taxonomies = [.. LabelFiles.Select(f => TaxonomyLoader.Load(Path.Combine(dir, f)).Taxonomy)];
            List<string>? mistakes = parsed.GetValue(errors) ? [] : null;
            List<LabelScore> scores = DevSetEvaluation.Labels(records, taxonomies, hide, mistakes);
            var vocabulary = new VocabularyDefinition(VocabularyFiles.Load(Path.Combine(dir, VocabularyFiles.DefaultFile)).List);
            scores.Add(DevSetEvaluation.Ai(records, vocabulary, hide, mistakes));
            output.WriteLine($"aici vocab devset: {records.Count} records{(hide ? ", categories hidden" : "")}");
            DevSetEvaluation.Write(scores, output);
            foreach (string mistake in mistakes ?? [])
            {
                output.WriteLine("  " + mistake);
            }
        }));
        return command;
    }
}
