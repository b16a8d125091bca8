using System.CommandLine;
using System.Globalization;
using System.Text;

using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Sources;
using Aici.Sources.Models;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// <c>aici evaluate classify</c>: precision, recall, F1 and support per label and AI definition on the held-out side
/// of the stable split, text only, against arXiv categories and against conference venues; printed and written as
/// CSV. Uses the shipped model when it was trained on the training side of this very split (same split rule, same
/// files by SHA-256), else trains one on that side first.
/// </summary>
internal static class EvaluateClassifyCommand
{
    /// <summary>The targets of the classification issue: label → least F1.</summary>
    private static readonly (string Label, double F1)[] ArxivTargets = [("ai", 0.92), ("image", 0.90), ("sound", 0.90), ("text", 0.90)];

    /// <summary>The accuracy file a run reads (<c>--accuracy</c>; shipped as <c>taxonomy/models/research-v1.accuracy.csv</c>).</summary>
    public const string AccuracyName = "classification_accuracy.csv";

    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = new Option<string[]>("--arxiv") { Description = "arXiv records (gold: categories)", AllowMultipleArgumentsPerToken = true, HelpName = "PATH", Required = true };
        var papers = new Option<string[]>("--papers") { Description = "conference papers (gold: venue)", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
        var outDir = new Option<string>("--out") { Description = "folder for classification_arxiv.csv, classification_venues.csv, classification_errors.jsonl and, with --reader-labels, classification_reader_arxiv.csv, classification_reader_venues.csv, classification_reader_rules.csv and classification_accuracy.csv", HelpName = "DIR", Required = true };
        var retrain = new Option<bool>("--retrain") { Description = "train a model on the training side even when the shipped one was trained on it" };
        var reader = new Option<string[]>("--reader-labels") { Description = "a blind reader's labels (tests/devset/reader-labels.jsonl, reader-techniques.jsonl): on the held-out side a second gold beside categories and venues; on the training side training data, as for 'aici train --reader-labels' (the shipped model was trained with them)", AllowMultipleArgumentsPerToken = true, HelpName = "FILE" };
        var devset = new Option<string?>("--devset") { Description = "hand-labelled dev set (tests/devset/devset.jsonl) for techniques, media and creative domains", HelpName = "FILE" };
        var taxonomy = ClassifyCommand.TaxonomyOption();
        var model = ClassifyCommand.ModelOption();
        var command = new Command("classify", "Evaluate the AI definitions and the model on the held-out split: per-label precision, recall and F1.")
        {
            arxiv, papers, outDir, retrain, devset, reader, taxonomy, model,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(arxiv) ?? [], parsed.GetValue(papers) ?? [], parsed.GetValue(outDir)!, parsed.GetValue(retrain),
            parsed.GetValue(devset), parsed.GetValue(reader) ?? [], parsed.GetValue(taxonomy)!, parsed.GetValue(model), output, error));
        return command;
    }

    internal static int Execute(
        IReadOnlyList<string> arxiv, IReadOnlyList<string> papers, string outDir, bool retrain, string? devsetPath,
        IReadOnlyList<string> readerPaths, string taxonomy, string? modelPath, TextWriter output, TextWriter error)
    {
        try
        {
            TrainingCorpus corpus = TrainingCorpus.Load(arxiv, papers, readerPaths);
            (ResearchRules shipped, _, ModelFileInfo? file, ModelFileInfo? confirming) = ClassifierSetup.LoadRules(taxonomy, modelPath, modelRequired: false);
            (ResearchRules rules, string provenance) = ChooseModel(corpus, shipped, file, retrain);
            List<ResearchLabeller> labellers = Labellers(rules, [.. ClassifierSetup.OtherDefinitions(taxonomy).Select(o => o.Definition)]);
            var errors = new ClassificationErrors();
            EvaluationTable arxivTable = ClassificationEvaluation.Arxiv(corpus, labellers, errors);
            EvaluationTable venues = ClassificationEvaluation.Venues(corpus, labellers, withAbstractOnly: true, errors);
            EvaluationTable venuesAll = ClassificationEvaluation.Venues(corpus, labellers, withAbstractOnly: false);
            EvaluationTable arxivVisible = ClassificationEvaluation.ArxivWithCategories(corpus, labellers);
            EvaluationTable? dev = devsetPath is null ? null : ClassificationEvaluation.DevSet(DevSet.Load(devsetPath), labellers);
            ReaderLabels? reading = corpus.Reader;
            EvaluationTable[] read = reading is null || reading.Labels.Count == 0 ? [] :
                [.. ReaderLabels.Tables.Select(t => ClassificationEvaluation.AgainstReader(corpus, labellers, reading, t))];
            EvaluationTable? readRules = reading is null || reading.GroupsRead.Count == 0 ? null :
                ClassificationEvaluation.RulesAgainstReader(corpus, labellers[0], reading);
            output.WriteLine($"aici evaluate classify: {provenance}");
            output.WriteLine(confirming is null
                ? "  confirming model: none (every phrase rule counts alone)"
                : $"  confirming model {confirming.Name} {confirming.Version} ({confirming.Path}, sha256 {confirming.Sha256}), trained on training-side records only, confirms the phrases of {string.Join(", ", shipped.Confirmer!.Labels.Select(l => l.Name))}");
            output.WriteLine($"  definitions: {string.Join("; ", labellers.Select(l => $"{l.Definition.Name} ({l.Definition.Version})"))}");
            if (!labellers.Any(l => l.Definition.Name == AiDefinitions.Vocabulary))
            {
                output.WriteLine("  vocabulary: not available in this build (no 'vocabulary' definition); its rows are absent");
            }

            output.WriteLine();
            foreach (EvaluationTable? table in new[] { arxivTable, arxivVisible, venues, venuesAll, dev }.Concat(read).Append(readRules))
            {
                if (table is not null)
                {
                    output.WriteLine(table.ToText());
                }
            }

            output.WriteLine(Targets(arxivTable, venues, read));
            Directory.CreateDirectory(outDir);
            AtomicFile.WriteText(Path.Combine(outDir, "classification_arxiv.csv"), arxivTable.ToCsv() + arxivVisible.ToCsv().Split('\n', 2)[1]);
            if (dev is not null)
            {
                AtomicFile.WriteText(Path.Combine(outDir, "classification_devset.csv"), dev.ToCsv());
            }

            AtomicFile.WriteText(Path.Combine(outDir, "classification_venues.csv"), venues.ToCsv() + venuesAll.ToCsv().Split('\n', 2)[1]);
            if (read.Length > 0)
            {
                foreach ((EvaluationTable table, string name) in read.Zip(ReaderLabels.Tables))
                {
                    AtomicFile.WriteText(Path.Combine(outDir, $"classification_reader_{name}.csv"), table.ToCsv());
                }

                output.WriteLine($"  wrote {string.Join(" and ", ReaderLabels.Tables.Select(t => Path.Combine(outDir, $"classification_reader_{t}.csv")))}");
            }

            if (read.Length > 0 || readRules is not null)
            {
                AtomicFile.WriteText(Path.Combine(outDir, AccuracyName), Accuracy(read.Length > 0 ? read[0] : null, arxivTable, readRules));
                output.WriteLine($"  wrote {Path.Combine(outDir, AccuracyName)} (a run's --accuracy: the reading's text-only rows for the labels it decides, the categories' for the others, and techniques, media and domains as 'rules')");
            }

            if (readRules is not null)
            {
                AtomicFile.WriteText(Path.Combine(outDir, "classification_reader_rules.csv"), readRules.ToCsv());
                output.WriteLine($"  wrote {Path.Combine(outDir, "classification_reader_rules.csv")}");
            }

            errors.Write(Path.Combine(outDir, ClassificationErrors.FileName));
            output.WriteLine($"  wrote {Path.Combine(outDir, "classification_arxiv.csv")}, {Path.Combine(outDir, "classification_venues.csv")} and {Path.Combine(outDir, ClassificationErrors.FileName)} ({errors.Count:#,0} held-out errors, the records behind the counts)");
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici evaluate classify: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    // Per definition and label, the best gold measured: the reading's text-only rows first (a run's accuracy reader
    // takes a label's first row), then the categories' text-only table for the labels the reader does not decide,
    // then, when techniques, media and domains were read, their text-only rows as a run decides them (definition
    // "rules": the same under every definition).
    private static string Accuracy(EvaluationTable? read, EvaluationTable categories, EvaluationTable? rules) =>
        new EvaluationTable(categories.Title, "").ToCsv()
        + Rows(read, d => d != ClassificationEvaluation.ArxivProxy && !d.EndsWith("+cat", StringComparison.Ordinal))
        + Rows(categories, _ => true)
        + Rows(rules, d => d == AccuracyFile.EveryDefinition);

    // The CSV lines (no header) of the rows of a table whose definition is kept, each row's population saying what it
    // was measured against (a report shows it): the table's title and the first clause of its population, "Held-out
    // arXiv records, text only (gold: a blind reading); 2,500 records".
    private static string Rows(EvaluationTable? source, Func<string, bool> keep)
    {
        if (source is null)
        {
            return "";
        }

        var table = new EvaluationTable(source.Title, $"{source.Title}; {source.Population.Split(';', 2)[0]}");
        foreach ((string definition, string label, LabelCounts counts) in source.Rows.Where(r => keep(r.Definition)))
        {
            table.Add(definition, label, counts);
        }

        return table.ToCsv().Split('\n', 2)[1];
    }

    /// <summary>The shipped model when it was trained on the training side of this split; else one trained now.</summary>
    private static (ResearchRules Rules, string Provenance) ChooseModel(TrainingCorpus corpus, ResearchRules shipped, ModelFileInfo? file, bool retrain)
    {
        string? difference = shipped.Model is { } model ? Difference(model.Info, corpus) : "no model file";
        if (!retrain && difference is null && file is not null)
        {
            return (shipped, $"shipped model {shipped.Model!.Info} ({file.Path}, sha256 {file.Sha256}), trained on the training side of this split (same split rule; the same training files by SHA-256 and records used)");
        }

        string why = retrain ? "--retrain" : difference ?? "no model file";
        (LinearModel trained, _) = ModelTraining.Train(corpus, shipped.WithModel(null), "research", "evaluation", DateOnly.FromDateTime(DateTime.UtcNow), TrainingSettings.Default);
        return (shipped.WithModel(trained), $"model trained now on the training side of this split ({why})");
    }

    // Why the shipped model was not trained on this corpus, or null when it was: the same split and the same files by
    // name, SHA-256 and records used, among the files that gave training records (a file whose records are all held
    // out, such as a reading of the held-out side only, trains nothing).
    private static string? Difference(ModelInfo info, TrainingCorpus corpus)
    {
        if (info.Split != StableSplit.Description)
        {
            return "the shipped model was trained on another split";
        }

        static IEnumerable<(string Name, string Sha256, int Used)> Trained(IEnumerable<TrainingFile> files) =>
            files.Where(f => f.Used > 0).Select(f => (f.Name, f.Sha256, f.Used));
        static string Names(IEnumerable<(string Name, string Sha256, int Used)> files) =>
            string.Join(", ", files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} (sha256 {f.Sha256[..Math.Min(12, f.Sha256.Length)]}…, {f.Used:#,0} used)")).Order(StringComparer.Ordinal).DefaultIfEmpty("none"));
        var model = Trained(info.TrainingData).Except(Trained(corpus.Files)).ToList();
        var here = Trained(corpus.Files).Except(Trained(info.TrainingData)).ToList();
        return model.Count == 0 && here.Count == 0
            ? null
            : $"the shipped model was trained on other data: only in its training: {Names(model)}; only here: {Names(here)}";
    }

    private static List<ResearchLabeller> Labellers(ResearchRules rules, IReadOnlyList<IAiDefinition> others)
    {
        var names = new List<string> { CategoriesDefinition.DefinitionName, PhrasesDefinition.DefinitionName };
        names.AddRange(others.Select(o => o.Name));
        names.AddRange([ModelDefinition.DefinitionName, CombinedDefinition.DefinitionName]);
        return [.. names.Select(n => new ResearchLabeller(rules, AiDefinitions.Create(n, rules, others)))];
    }

    private static string Targets(EvaluationTable arxiv, EvaluationTable venues, EvaluationTable[] read)
    {
        var sb = new StringBuilder("Targets (model definition; combined is the same on text-only input)\n");
        foreach ((string label, double target) in ArxivTargets)
        {
            Line(sb, "arXiv held out", label, target, arxiv.Find(ModelDefinition.DefinitionName, label));
        }

        foreach (string label in ClassificationEvaluation.ModalityLabels)
        {
            Line(sb, "venues", label, 0.90, venues.Find(ModelDefinition.DefinitionName, label));
        }

        if (read.Length > 0)
        {
            sb.Append("The same targets against a blind reading (a second gold; the targets are set on the first)\n");
            foreach ((EvaluationTable table, string name) in read.Zip(["arXiv held out", "venues"]))
            {
                foreach ((string label, double target) in ArxivTargets)
                {
                    Line(sb, name + ", read", label, target, table.Find(ModelDefinition.DefinitionName, label));
                }
            }
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string table, string label, double target, LabelCounts? counts)
    {
        if (counts is not { } c)
        {
            return;
        }

        string verdict = c.F1 >= target ? "met" : string.Create(CultureInfo.InvariantCulture, $"MISSED by {target - c.F1:0.000}");
        sb.Append(CultureInfo.InvariantCulture, $"  {table,-21} {label,-6} F1 {c.F1:0.000} (target {target:0.00}): {verdict}\n");
    }
}
