using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Inputs;
using Aici.Sources.Parallel;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici classify</c>: labels every record (AI, modalities, media, techniques, creative domains, each with its
/// evidence) and writes one JSON line per record, in input order, using every core.
/// </summary>
internal static class ClassifyCommand
{
    private const int DiagnosticsPrinted = 20;

    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = ArxivOption();
        var papers = new Option<string[]>("--papers")
        {
            Description = "papers JSON lines (docs/formats.md; records with only id, title and abstract are fine); a folder means every .jsonl file in it",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var outFile = new Option<string>("--out") { Description = "the JSON-lines file to write (written under a temporary name, then renamed)", HelpName = "FILE", Required = true };
        var definition = DefinitionOption();
        var textOnly = new Option<bool>("--text-only") { Description = "ignore arXiv categories: decide from title and abstract alone" };
        var taxonomy = TaxonomyOption();
        var model = ModelOption();
        var workers = new Option<int>("--workers") { Description = "worker threads (default: one per core)", HelpName = "N" };
        var command = new Command("classify", "Label papers (AI, image/sound/text, media, techniques, creative domains) with their evidence, one JSON line per record.")
        {
            arxiv, papers, outFile, definition, textOnly, taxonomy, model, workers,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(arxiv) ?? [], parsed.GetValue(papers) ?? [], parsed.GetValue(outFile)!, parsed.GetValue(definition)!,
            parsed.GetValue(textOnly), parsed.GetValue(taxonomy)!, parsed.GetValue(model), parsed.GetValue(workers), output, error));
        return command;
    }

    /// <summary>The arXiv inputs, as <c>run</c> and <c>classify</c> take them.</summary>
    internal static Option<string[]> ArxivOption() => new("--arxiv")
    {
        Description = "arXiv metadata: Kaggle snapshot JSON lines (.json, .jsonl, optionally .gz) or API Atom feeds (.xml); a folder means every such file in it",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "PATH",
    };

    internal static Option<string> DefinitionOption() => new("--ai-definition")
    {
        Description = "which papers are AI: categories (arXiv categories, phrases outside them), phrases, vocabulary (Nesta 2020), model (supervised text model), combined (categories where present, the model elsewhere)",
        HelpName = "NAME",
        DefaultValueFactory = _ => AiDefinitions.Default,
    };

    internal static Option<string> TaxonomyOption() => new("--taxonomy")
    {
        Description = "folder of taxonomy files (ai.json, modalities.json, techniques.json, media.json, creative_domains.json, models/)",
        HelpName = "DIR",
        DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "taxonomy"),
    };

    internal static Option<string?> ModelOption() => new("--model")
    {
        Description = "model header file (default: TAXONOMY/models/research-v1.json)",
        HelpName = "FILE",
    };

    internal static int Execute(
        IReadOnlyList<string> arxiv, IReadOnlyList<string> papers, string outFile, string definition, bool textOnly,
        string taxonomy, string? model, int workers, TextWriter output, TextWriter error)
    {
        try
        {
            if (arxiv.Count == 0 && papers.Count == 0)
            {
                throw new InputException("nothing to read: give --arxiv PATH or --papers PATH");
            }

            if (workers < 0)
            {
                throw new InputException("--workers must be 0 (one per core) or more");
            }

            List<SourceFile> files = [.. InputFiles.Expand(arxiv, InputOption.Arxiv), .. InputFiles.Expand(papers, InputOption.Papers)];
            ClassifierSetup setup = ClassifierSetup.Load(taxonomy, model, definition);
            var clock = Stopwatch.StartNew();
            int printed = 0;
            ReadCounts counts = AtomicFile.Write(outFile, stream => new ParallelRecordReader(workers).Run(
                files,
                () => new ClassifyWorker(setup.Labeller, textOnly),
                stream,
                d =>
                {
                    if (printed++ < DiagnosticsPrinted)
                    {
                        error.WriteLine(d.ToString());
                    }
                }));
            if (printed > DiagnosticsPrinted)
            {
                error.WriteLine(Invariant($"… and {printed - DiagnosticsPrinted:#,0} more diagnostics"));
            }

            double seconds = clock.Elapsed.TotalSeconds;
            double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            output.WriteLine(Invariant(
                $"aici classify: {counts.Records:#,0} records from {files.Count:#,0} files ({counts.Rejected:#,0} rejected, {counts.Warnings:#,0} warnings) in {seconds:0.00} s ({counts.Records / Math.Max(seconds, 1e-9):#,0} records/s; process CPU {cpu:0.00} s)"));
            output.WriteLine($"  ai definition: {setup.DefinitionText}{(textOnly ? ", text only" : "")}");
            output.WriteLine($"  output: {outFile}");
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici classify: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
