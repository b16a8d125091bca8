using System.CommandLine;
using System.Globalization;
using Aici.Cli.Console;
using Aici.Cli.Pipeline;
using Aici.Cli.Commands.Evaluate;
using Aici.Core.Affiliations;
using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Sources;
using Spectre.Console;

namespace Aici.Cli.Commands;

/// <summary><c>aici run</c>: read → classify → locate → measure → report.</summary>
internal static class RunCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = ClassifyCommand.ArxivOption();
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
        var ror = new Option<string[]>("--ror")
        {
            Description = "ROR registry dump (JSON, schema v1 or v2); when given, affiliation strings without a country are resolved to institutions and countries",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var transnational = new Option<bool>("--transnational")
        {
            Description = "with --ror: count multinational companies under 'transnational' instead of their headquarters' country",
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
        var taxonomy = ClassifyCommand.TaxonomyOption();
        var definition = ClassifyCommand.DefinitionOption();
        var model = ClassifyCommand.ModelOption();
        var accuracy = new Option<string?>("--accuracy")
        {
            Description = "the classifier's measured accuracy, as 'aici evaluate classify' writes it (classification_accuracy.csv or classification_arxiv.csv); its rows for the chosen AI definition feed the report's evaluation table and --propagate-classifier-error (default: TAXONOMY/models/research-v1.accuracy.csv)",
            HelpName = "FILE",
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
        var top = new Option<int>("--top") { Description = "how many countries the report's tables and charts show", HelpName = "N", DefaultValueFactory = _ => 15 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "bootstrap replicates for the 95% intervals; 0 turns intervals off", HelpName = "N", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong>("--seed") { Description = "bootstrap seed: the same seed gives the same intervals", HelpName = "S", DefaultValueFactory = _ => 20200601 };
        var growthFrom = new Option<int>("--growth-from") { Description = "start year of the growth window", HelpName = "YEAR", DefaultValueFactory = _ => IndicatorSettings.DefaultGrowthFrom };
        var growthTo = new Option<int>("--growth-to") { Description = "end year of the growth window", HelpName = "YEAR", DefaultValueFactory = _ => IndicatorSettings.DefaultGrowthTo };
        var growthMin = new Option<double?>("--growth-min") { Description = "papers a country needs in the growth start year (default: 1% of the world's, between 5 and 30)", HelpName = "N" };
        var rcaMin = new Option<double?>("--rca-min") { Description = "AI papers a country needs in the year window for its RCA (default: 1% of the world's, between 5 and 50)", HelpName = "N" };
        var propagate = new Option<bool>("--propagate-classifier-error") { Description = "correct counts by the classifier's measured precision and recall, and widen their intervals" };
        var outDir = new Option<string>("--out")
        {
            Description = "output folder: aici.duckdb, manifest.json, tables/, charts/, report/index.html",
            HelpName = "DIR",
            Required = true,
        };

        var command = new Command("run", "Run the research pipeline: read papers, label AI and modality, count by country, store, report.")
        {
            arxiv, papers, openAlex, ror, transnational, demo, from, to, counting, definition, taxonomy, model, accuracy, shard, rebuild, top, bootstrap, seed, growthFrom, growthTo, growthMin, rcaMin, propagate, outDir,
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
                Ror = parsed.GetValue(ror) ?? [],
                Transnational = parsed.GetValue(transnational),
                Shard = Shard.TryParse(parsed.GetValue(shard), out Shard part) ? part : Shard.All,
                Rebuild = parsed.GetValue(rebuild),
                Top = parsed.GetValue(top),
                Bootstrap = parsed.GetValue(bootstrap),
                Seed = parsed.GetValue(seed),
                GrowthFrom = parsed.GetValue(growthFrom),
                GrowthTo = parsed.GetValue(growthTo),
                GrowthMinimum = parsed.GetValue(growthMin),
                RcaMinimum = parsed.GetValue(rcaMin),
                PropagateClassifierError = parsed.GetValue(propagate),
                AiDefinition = parsed.GetValue(definition)!,
                Model = parsed.GetValue(model),
                Accuracy = parsed.GetValue(accuracy),
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
            IReadOnlyList<IPaperSource> sources = Sources(options);
            InputHashes hashes = InputHashes.Start(InputHashes.MaybeSeen(sources.Select(s => s.Path), new OutputPaths(options.Out).Store, options.Rebuild));
            RunLabelling labelling = RunLabelling.Load(options.TaxonomyDirectory, options.Model, options.AiDefinition, options.Accuracy);
            PaperLocator locator = Locator(options, error);
            RunResult result = RunWithProgress(options, sources, labelling, locator, hashes, error);
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

        if (options.GrowthTo <= options.GrowthFrom)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--growth-from {options.GrowthFrom} must be before --growth-to {options.GrowthTo}"));
        }

        if (options.Top <= 0)
        {
            throw new InputException("--top must be at least 1");
        }

        if (options.Bootstrap < 0)
        {
            throw new InputException("--bootstrap must be 0 or more");
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

    /// <summary>The locate stage: given countries only, or with --ror the affiliation resolver as well.</summary>
    private static PaperLocator Locator(RunOptions options, TextWriter error)
    {
        if (options.Ror.Count == 0)
        {
            return new PaperLocator();
        }

        AffiliationResolver resolver = ResolverSetup.Load("run", options.Ror, universities: null, options.Transnational, error);
        return new PaperLocator(
            text => resolver.Resolve(text).Countries,
            id => resolver.Index.Find(id)?.Country);
    }

    private static RunResult RunWithProgress(
        RunOptions options,
        IReadOnlyList<IPaperSource> sources,
        RunLabelling labelling,
        PaperLocator locator,
        InputHashes hashes,
        TextWriter error)
    {
        bool live = !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected &&
            ReferenceEquals(error, System.Console.Error);
        if (!live)
        {
            return new ResearchPipeline(new PlainProgress(error), TimeProvider.System).Run(options, sources, labelling, locator, hashes);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => new ResearchPipeline(new LiveProgress(context), TimeProvider.System).Run(options, sources, labelling, locator, hashes));
    }
}
