using System.CommandLine;
using System.Globalization;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Sources;
using Aici.Sources.Models;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici train</c>: trains the supervised research model on the training side of the stable split of the given
/// arXiv records and conference papers, chooses thresholds and methods by cross-validation, and writes the model file.
/// </summary>
internal static class TrainCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = new Option<string[]>("--arxiv") { Description = "arXiv records (labels from their categories)", AllowMultipleArgumentsPerToken = true, HelpName = "PATH", Required = true };
        var papers = new Option<string[]>("--papers") { Description = "conference papers (labels from their venues)", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
        var outFile = new Option<string>("--out") { Description = "model header to write (the weights go beside it as NAME.weights.gz)", HelpName = "FILE", Required = true };
        var version = new Option<string>("--version") { Description = "the model's version, recorded in manifests", HelpName = "VERSION", Required = true };
        var name = new Option<string>("--name") { Description = "the model's name", HelpName = "NAME", DefaultValueFactory = _ => "research" };
        var date = new Option<string?>("--date") { Description = "date of training to record (yyyy-MM-dd; default today, UTC)", HelpName = "DATE" };
        var reader = new Option<string[]>("--reader-labels") { Description = "a blind reader's labels (tests/devset/reader-labels.jsonl): on the training side they replace the weak labels they decide", AllowMultipleArgumentsPerToken = true, HelpName = "FILE" };
        var confirm = new Option<string[]>("--confirm") { Description = "train a confirming model of these label groups instead (media, creative_domains): their phrase matches then count only where the model agrees; trained on a reading of the groups (tests/devset/reader-techniques-training.jsonl); saved as taxonomy/models/confirming-v1.json it is used by every run", AllowMultipleArgumentsPerToken = true, HelpName = "GROUP" };
        var taxonomy = ClassifyCommand.TaxonomyOption();
        var command = new Command("train", "Train the supervised AI/modality text model (or, with --confirm, a confirming model) on the training split and write the model file.")
        {
            arxiv, papers, outFile, version, name, date, reader, confirm, taxonomy,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(arxiv) ?? [], parsed.GetValue(papers) ?? [], parsed.GetValue(outFile)!, parsed.GetValue(name)!,
            parsed.GetValue(version)!, parsed.GetValue(date), parsed.GetValue(reader) ?? [], parsed.GetValue(taxonomy)!, output, error,
            parsed.GetValue(confirm) ?? []));
        return command;
    }

    internal static int Execute(
        IReadOnlyList<string> arxiv, IReadOnlyList<string> papers, string outFile, string name, string version, string? date,
        IReadOnlyList<string> readerPaths, string taxonomy, TextWriter output, TextWriter error, IReadOnlyList<string>? confirm = null)
    {
        try
        {
            DateOnly trained = date is null
                ? DateOnly.FromDateTime(DateTime.UtcNow)
                : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                    ? d
                    : throw new InputException($"--date: '{date}' is not yyyy-MM-dd");
            TrainingCorpus corpus = TrainingCorpus.Load(arxiv, papers, readerPaths);
            (ResearchRules phraseRules, _, _, _) = ClassifierSetup.LoadRules(taxonomy, modelPath: null, modelRequired: false, withModel: false);
            (LinearModel model, IReadOnlyList<LabelReport> report) = confirm is not { Count: > 0 }
                ? ModelTraining.Train(corpus, phraseRules, name, version, trained, TrainingSettings.Default)
                : ModelTraining.TrainConfirmer(corpus, phraseRules, confirm, readerPaths, name, version, trained);
            ModelFileInfo file = ModelFile.Save(model, outFile);
            output.WriteLine(Invariant($"aici train: {model.Info} from {corpus.Files.Count} files, {model.FeatureCount:#,0} features"));
            foreach (LabelReport label in report)
            {
                string f1 = string.Join(", ", label.Counts.Select(c => Invariant($"{ModelTrainer.Name(c.Key)} {c.Value.F1:0.000}")));
                output.WriteLine(Invariant($"  {label.Label,-6} threshold {label.Threshold:0.000###}, method {ModelTrainer.Name(label.Method)}; cross-validated F1: {f1}"));
            }

            output.WriteLine($"  wrote {file.Path} (sha256 {file.Sha256}) and its weights (sha256 {file.WeightsSha256})");
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici train: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
