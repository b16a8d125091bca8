using System.CommandLine;
using System.Globalization;
using Aici.Cli.Console;
using Aici.Cli.Pipeline;
using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Sources;
using Aici.Sources.Taxonomy;
using Spectre.Console;

namespace Aici.Cli.Commands;

/// <summary><c>aici run</c>: read → classify → locate → measure → report.</summary>
internal static class RunCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = new Option<string[]>("--arxiv")
        {
            Description = "arXiv metadata: Kaggle snapshot JSON lines (.json, .jsonl, optionally .gz) or API Atom feeds (.xml); a folder means every such file in it",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var papers = new Option<string[]>("--papers")
        {
            Description = "papers in Aici's JSON-lines interchange format (docs/formats.md); a folder means every .jsonl file in it",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var openAlex = new Option<string[]>("--openalex")
        {
            Description = "OpenAlex works: API pages ({meta, results}) or snapshot JSON lines (optionally .gz); joined to arXiv records by arXiv id and DOI; a folder means every such file in it",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "also read the small illustrative corpus shipped with Aici (invented records, not real results)",
        };
        var from = new Option<int?>("--from") { Description = "first year counted in the tables (inclusive)", HelpName = "YEAR" };
        var to = new Option<int?>("--to") { Description = "last year counted in the tables (inclusive)", HelpName = "YEAR" };
        var counting = new Option<Counting>("--counting")
        {
            Description = "how a paper with authors in several countries counts: whole (once in each) or fractional (shared by author); both tables are always written",
            DefaultValueFactory = _ => Counting.Whole,
        };
        var taxonomy = new Option<string>("--taxonomy")
        {
            Description = "folder of taxonomy files (ai.json, modalities.json, techniques.json)",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "taxonomy"),
        };
        var shard = new Option<string>("--shard")
        {
            Description = "process only the i-th of n disjoint parts of the records (by a stable hash of their key), e.g. 2/4; merge the parts with 'aici merge'",
            HelpName = "i/n",
        };
        shard.Validators.Add(result =>
        {
            if (!Shard.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4");
            }
        });
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "build the store anew instead of updating it (by default inputs already in the store are skipped and new versions of records replace old ones)",
        };
        var outDir = new Option<string>("--out")
        {
            Description = "output folder: aici.duckdb, manifest.json, tables/, charts/, report/index.html",
            HelpName = "DIR",
            Required = true,
        };

        var command = new Command("run", "Run the research pipeline: read papers, label AI and modality, count by country, store, report.")
        {
            arxiv, papers, openAlex, demo, from, to, counting, taxonomy, shard, rebuild, outDir,
        };
        command.SetAction(parsed =>
        {
            var options = new RunOptions(
                parsed.GetValue(arxiv) ?? [],
                parsed.GetValue(papers) ?? [],
                parsed.GetValue(demo),
                new YearRange(parsed.GetValue(from), parsed.GetValue(to)),
                parsed.GetValue(counting),
                parsed.GetValue(taxonomy)!,
                parsed.GetValue(outDir)!)
            {
                OpenAlex = parsed.GetValue(openAlex) ?? [],
                Shard = Shard.TryParse(parsed.GetValue(shard), out Shard part) ? part : Shard.All,
                Rebuild = parsed.GetValue(rebuild),
            };
            return Execute(options, output, error);
        });
        return command;
    }

    internal static int Execute(RunOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            Validate(options);
            var taxonomies = TaxonomyLoader.LoadDirectory(options.TaxonomyDirectory);
            IReadOnlyList<IPaperSource> sources = Sources(options);
            RunResult result = RunWithProgress(options, sources, taxonomies, error);
            Summary.Write(result, output, error);
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici run: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static void Validate(RunOptions options)
    {
        if (options.Arxiv.Count == 0 && options.Papers.Count == 0 && options.OpenAlex.Count == 0 && !options.Demo)
        {
            throw new InputException("nothing to read: give --arxiv PATH, --papers PATH, --openalex PATH or --demo");
        }

        if (options.Years is { From: int f, To: int t } && f > t)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--from {f} is after --to {t}"));
        }
    }

    private static List<IPaperSource> Sources(RunOptions options)
    {
        var sources = new List<IPaperSource>();
        sources.AddRange(InputFiles.Arxiv(options.Arxiv));
        var papers = new List<string>(options.Papers);
        if (options.Demo)
        {
            papers.Add(Path.Combine(AppContext.BaseDirectory, "demo"));
        }

        sources.AddRange(InputFiles.Papers(papers));
        sources.AddRange(InputFiles.OpenAlex(options.OpenAlex));
        return sources;
    }

    private static RunResult RunWithProgress(
        RunOptions options,
        IReadOnlyList<IPaperSource> sources,
        IReadOnlyList<(Core.Taxonomy.Taxonomy, Core.Run.TaxonomyFile)> taxonomies,
        TextWriter error)
    {
        bool live = !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected &&
            ReferenceEquals(error, System.Console.Error);
        if (!live)
        {
            return new ResearchPipeline(new PlainProgress(error), TimeProvider.System).Run(options, sources, taxonomies);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => new ResearchPipeline(new LiveProgress(context), TimeProvider.System).Run(options, sources, taxonomies));
    }
}
