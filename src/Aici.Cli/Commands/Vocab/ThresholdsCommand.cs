using System.CommandLine;
using System.Globalization;
using Aici.Core.Classify.Vocabulary;
using Aici.Sources.Vocabulary;

namespace Aici.Cli.Commands.Vocab;

/// <summary><c>aici vocab thresholds</c>: recomputes a reviewed vocabulary's thresholds for its current terms.</summary>
internal static class ThresholdsCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = VocabOptions.Arxiv();
        var vocabulary = new Option<string>("--vocabulary") { Description = "the reviewed vocabulary file", HelpName = "FILE", Required = true };
        var outFile = new Option<string?>("--out") { Description = "where to write the refitted file (default: the vocabulary file itself)", HelpName = "FILE" };
        var command = new Command("thresholds", "Recompute the thresholds of a reviewed vocabulary for its current terms, with its own phrase model.")
        {
            arxiv, vocabulary, outFile,
        };
        command.SetAction(parsed => VocabOptions.Run("vocab thresholds", error, () =>
        {
            string path = parsed.GetValue(vocabulary)!;
            string target = parsed.GetValue(outFile) ?? path;
            (List<CorpusText> corpus, int records, _) = VocabCorpus.Read(parsed.GetValue(arxiv) ?? []);
            IReadOnlyList<(string Category, CategoryThreshold Threshold)> thresholds = VocabularyFiles.Refit(path, corpus, target);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aici vocab thresholds: {records} records, {corpus.Count} with abstract"));
            foreach ((string category, CategoryThreshold t) in thresholds)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {category}: {t.PapersIn} papers in, mean {t.MeanIn:0.##}; out mean {t.MeanOut:0.##}, std {t.StdOut:0.##}, k {t.K}: threshold {t.Threshold}"));
            }

            output.WriteLine($"  wrote {target}");
        }));
        return command;
    }
}
