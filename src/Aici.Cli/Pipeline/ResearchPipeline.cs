using System.Globalization;
using System.Reflection;
using Aici.Core.Classify;
using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Core.Taxonomy;
using Aici.Cli.Pipeline.Indicators;
using Aici.Report;
using Aici.Store;
using CoreTaxonomy = Aici.Core.Taxonomy.Taxonomy;

namespace Aici.Cli.Pipeline;

/// <summary>
/// The research arm end to end: read → classify → locate → store → measure → report. Inputs are read in order,
/// one record at a time; the store is built under a temporary name and every output is renamed into place only
/// when complete, so a killed run leaves the last good outputs where they were.
/// </summary>
internal sealed class ResearchPipeline
{
    private const int DiagnosticsShown = 200;
    private readonly IRunProgress _progress;
    private readonly TimeProvider _clock;

    public ResearchPipeline(IRunProgress progress, TimeProvider clock)
    {
        _progress = progress;
        _clock = clock;
    }

    public static string ToolVersion =>
        typeof(ResearchPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0] ?? "0.0.0";

    public RunResult Run(
        RunOptions options,
        IReadOnlyList<IPaperSource> sources,
        IReadOnlyList<(CoreTaxonomy Taxonomy, TaxonomyFile File)> taxonomies,
        CancellationToken cancellationToken = default)
    {
        DateTimeOffset started = _clock.GetUtcNow();
        var outputs = new OutputPaths(options.Out);
        outputs.Create();
        var classifier = new PaperClassifier(taxonomies.Select(t => t.Taxonomy));
        string partialStore = outputs.Store + ".partial";

        RunManifest manifest;
        CountryModalityTable table;
        IReadOnlyList<Diagnostic> diagnostics;
        long diagnosticsTotal;
        using (PaperStore store = PaperStore.Create(partialStore))
        {
            _progress.Stage("read");
            List<InputFile> inputs = Ingest(sources, classifier, store, cancellationToken);
            store.AddInputs(inputs);

            _progress.Stage("measure");
            List<MeasuredPaper> papers = [.. store.Works().Select(ToMeasured)];
            long works = papers.Count;
            CountryModalityTable whole = CountryModalityTable.Measure(papers, options.Years, Counting.Whole);
            CountryModalityTable fractional = CountryModalityTable.Measure(papers, options.Years, Counting.Fractional);
            table = options.Counting == Counting.Whole ? whole : fractional;
            store.SaveCountryModality("country_modality", table);
            store.SaveCountryModality("country_modality_whole", whole);
            store.SaveCountryModality("country_modality_fractional", fractional);
            (diagnostics, diagnosticsTotal) = store.Diagnostics(DiagnosticsShown);
            IReadOnlyDictionary<string, IReadOnlyList<MeasuredPaper>> byDefinition =
                new Dictionary<string, IReadOnlyList<MeasuredPaper>>(StringComparer.Ordinal) { [options.AiDefinition] = papers };
            IndicatorResults indicators = IndicatorStage.Run(papers, byDefinition, options, store, outputs);

            _progress.Stage("report");
            ExportTables(store, outputs);
            var counts = new RunCounts(
                inputs.Sum(i => i.Records),
                inputs.Sum(i => i.Rejected),
                inputs.Sum(i => i.Warnings),
                works,
                table.AiPapers,
                table.AiPapers - table.UnlocatedAiPapers);
            manifest = new RunManifest
            {
                Tool = "aici",
                ToolVersion = ToolVersion,
                Options = DescribeOptions(options),
                Inputs = inputs,
                Taxonomies = [.. taxonomies.Select(t => t.File)],
                Counts = counts,
                Started = started,
                Finished = _clock.GetUtcNow(),
            };
            string manifestJson = ManifestJson.Write(manifest);
            store.SaveManifest(manifestJson);
            OutputPaths.WriteAtomically(outputs.Manifest, manifestJson);
            OutputPaths.WriteAtomically(Path.Combine(outputs.Charts, "country_modality.svg"), BarChartSvg.Render(table, 15, options.Demo));
            CountryModalityTable other = options.Counting == Counting.Whole ? fractional : whole;
            HtmlReport.Write(new ReportModel(table, manifest, diagnostics, diagnosticsTotal, options.Demo, other, indicators), outputs.Report);
        }

        File.Move(partialStore, outputs.Store, overwrite: true);
        File.Delete(partialStore + ".wal");
        return new RunResult(manifest, table, diagnostics, diagnosticsTotal, outputs);
    }

    private List<InputFile> Ingest(
        IReadOnlyList<IPaperSource> sources, PaperClassifier classifier, PaperStore store, CancellationToken cancellationToken)
    {
        var inputs = new List<InputFile>(sources.Count);
        long recordNo = 0;
        for (int s = 0; s < sources.Count; s++)
        {
            IPaperSource source = sources[s];
            (long bytes, string sha) = FileHash.Of(source.Path);
            long records = 0, rejected = 0, warnings = 0;
            foreach (ReadItem item in source.Read(cancellationToken))
            {
                if (item.Diagnostic is { } diagnostic)
                {
                    store.AddDiagnostic(diagnostic);
                    if (diagnostic.Severity == DiagnosticSeverity.Error)
                    {
                        rejected++;
                    }
                    else
                    {
                        warnings++;
                    }
                }

                if (item.Paper is { } paper)
                {
                    records++;
                    store.AddPaper(++recordNo, paper, classifier.Classify(paper), PaperCountries.Shares(paper));
                    if (records % 100_000 == 0)
                    {
                        _progress.Reading(source.Path, s + 1, sources.Count, records);
                    }
                }
            }

            _progress.Read(source.Path, s + 1, sources.Count, records, rejected, warnings);
            inputs.Add(new InputFile(source.Path, source.Format, bytes, sha, records, rejected, warnings));
        }

        return inputs;
    }

    internal static MeasuredPaper ToMeasured(StoredWork work)
    {
        Modalities modalities = Modalities.None;
        bool ai = false;
        foreach (string label in work.Labels)
        {
            switch (label)
            {
                case LabelNames.Ai: ai = true; break;
                case LabelNames.Image: modalities |= Modalities.Image; break;
                case LabelNames.Sound: modalities |= Modalities.Sound; break;
                case LabelNames.Text: modalities |= Modalities.Text; break;
                default: break;
            }
        }

        return new MeasuredPaper(work.Key, work.Year, ai, modalities, work.Countries)
        {
            Labels = work.Labels.ToHashSet(StringComparer.Ordinal),
        };
    }

    private static void ExportTables(PaperStore store, OutputPaths outputs)
    {
        foreach (string table in new[] { "country_modality", "country_modality_whole", "country_modality_fractional" })
        {
            string query = $"SELECT country, image, sound, text, \"any\" FROM {table} ORDER BY rank";
            store.Export(query, outputs.Table(table, "csv"), ExportFormat.Csv);
            store.Export(query, outputs.Table(table, "parquet"), ExportFormat.Parquet);
        }

        store.Export(
            "SELECT file, line, severity, field, reason FROM diagnostics ORDER BY file, line, field, reason",
            outputs.Table("diagnostics", "csv"),
            ExportFormat.Csv);
    }

    private static List<KeyValuePair<string, string>> DescribeOptions(RunOptions options) =>
    [
        new("years", options.Years.ToString()),
        new("counting", options.Counting == Counting.Whole ? "whole" : "fractional"),
        new("ai_definition", options.AiDefinition),
        new("top", options.Top.ToString(CultureInfo.InvariantCulture)),
        new("bootstrap", options.Bootstrap.ToString(CultureInfo.InvariantCulture)),
        new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)),
        new("demo", options.Demo ? "true" : "false"),
        new("taxonomy", options.TaxonomyDirectory),
        new("out", options.Out),
    ];

    internal static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
