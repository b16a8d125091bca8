using System.Globalization;
using System.Reflection;
using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Core.Taxonomy;
using Aici.Cli.Pipeline.Indicators;
using Aici.Report;
using Aici.Sources.Inputs;
using Aici.Store;

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
        RunLabelling labelling,
        PaperLocator? locator = null,
        InputHashes? hashes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labelling);
        DateTimeOffset started = _clock.GetUtcNow();
        locator ??= new PaperLocator();
        options = options with { AiDefinition = labelling.Info.Definition, ClassifierAccuracy = labelling.Accuracy };
        var outputs = new OutputPaths(options.Out);
        outputs.Create();
        string configuration = Configuration(options, labelling.Info);
        string partialStore = outputs.Store + ".partial";

        (PaperStore store, bool incremental) = OpenStore(outputs, partialStore, configuration, options);
        RunResult result;
        using (store)
        {
            store.BeginUpdate(staging: incremental);
            _progress.Stage(incremental ? "read (updating the existing store)" : "read");
            List<InputFile> inputs = Ingest(sources, labelling, locator, store, options.Shard, hashes, cancellationToken);
            if (locator.Resolved > 0)
            {
                _progress.Info(string.Create(CultureInfo.InvariantCulture, $"locate: {locator.Resolved:#,0} affiliations without a given country were located through ROR"));
            }
            store.AddInputs(inputs.Where(i => !i.Skipped));
            IngestCounts ingest = store.ApplyStaged();
            if (!incremental)
            {
                // A new store is a partial file until the run ends, so its records can be committed now: DuckDB then
                // writes them out and the measure has its whole memory budget.
                store.Commit();
                store.BeginUpdate(staging: false);
            }

            string measured = OutputsFingerprint(configuration, options);
            if (incremental && inputs.All(i => i.Skipped) && ingest.Added == 0 && ingest.Updated == 0
                && store.Setting("outputs") == measured && File.Exists(outputs.Manifest) && File.Exists(outputs.Report))
            {
                store.Commit();
                _progress.Info("nothing new: every input is already in the store and the options are those of the last run; its outputs stand");
                return UpToDate(options, inputs, labelling.Info, outputs, started);
            }

            store.SetSetting("configuration", configuration);
            store.SetSetting("shard", options.Shard.ToString());
            labelling.Info.Save(store);
            result = Finish(store, outputs, options, inputs, ingest, labelling.Info, started);
            store.SetSetting("outputs", measured);
            store.Commit();
        }

        if (!incremental)
        {
            File.Move(partialStore, outputs.Store, overwrite: true);
            File.Delete(partialStore + ".wal");
        }

        return result;
    }

    /// <summary>
    /// Measures the works in the store and writes every table, chart, the manifest and the report. Shared by
    /// <c>aici run</c> and <c>aici merge</c>.
    /// </summary>
    internal RunResult Finish(
        PaperStore store,
        OutputPaths outputs,
        RunOptions options,
        IReadOnlyList<InputFile> inputs,
        IngestCounts ingest,
        LabellingInfo labelling,
        DateTimeOffset started)
    {
        _progress.Stage("measure");
        (List<MeasuredPaper> papers, IReadOnlyDictionary<string, IReadOnlyList<MeasuredPaper>> byDefinition) =
            ByDefinition(store.AiWorks(), labelling, options.AiDefinition);
        CountryModalityTable whole = CountryModalityTable.Measure(papers, options.Years, Counting.Whole);
        CountryModalityTable fractional = CountryModalityTable.Measure(papers, options.Years, Counting.Fractional);
        CountryModalityTable table = options.Counting == Counting.Whole ? whole : fractional;
        store.SaveCountryModality("country_modality", table);
        store.SaveCountryModality("country_modality_whole", whole);
        store.SaveCountryModality("country_modality_fractional", fractional);
        (IReadOnlyList<Diagnostic> diagnostics, long diagnosticsTotal) = store.Diagnostics(DiagnosticsShown);
        IndicatorRun indicatorRun = IndicatorStage.Run(papers, byDefinition, options, store, outputs);

        _progress.Stage("report");
        long works;
        try
        {
            // the store's own work while the charts are drawn
            ExportTables(store, outputs);
            works = store.WorkCount();
        }
        catch
        {
            indicatorRun.Abandon();
            throw;
        }

        // the manifest's finishing time comes after every chart file is written
        IndicatorResults indicators = indicatorRun.Finish();
        var counts = new RunCounts(
            inputs.Sum(i => i.Records),
            inputs.Sum(i => i.Rejected),
            inputs.Sum(i => i.Warnings),
            works,
            table.AiPapers,
            table.AiPapers - table.UnlocatedAiPapers)
        {
            Added = ingest.Added,
            Updated = ingest.Updated,
            Unchanged = ingest.Unchanged,
            SkippedInputs = inputs.Count(i => i.Skipped),
        };
        RunManifest manifest = Manifest(options, inputs, labelling, counts, started);
        string manifestJson = ManifestJson.Write(manifest);
        store.SaveManifest(manifestJson);
        OutputPaths.WriteAtomically(outputs.Manifest, manifestJson);
        OutputPaths.WriteAtomically(Path.Combine(outputs.Charts, "country_modality.svg"), BarChartSvg.Render(table, 15, options.Demo));
        CountryModalityTable other = options.Counting == Counting.Whole ? fractional : whole;
        HtmlReport.Write(new ReportModel(table, manifest, diagnostics, diagnosticsTotal, options.Demo, other, indicators), outputs.Report);
        return new RunResult(manifest, table, diagnostics, diagnosticsTotal, outputs);
    }

    /// <summary>
    /// The existing store, updated in place, when it was built with the same configuration and shard; else a new
    /// store under a temporary name (renamed into place at the end).
    /// </summary>
    private (PaperStore Store, bool Incremental) OpenStore(OutputPaths outputs, string partialStore, string configuration, RunOptions options)
    {
        if (File.Exists(outputs.Store) && !options.Rebuild)
        {
            PaperStore existing = PaperStore.Open(outputs.Store);
            if (existing.Setting("configuration") == configuration && existing.Setting("shard") == options.Shard.ToString())
            {
                return (existing, true);
            }

            existing.Dispose();
            _progress.Info("the taxonomy, AI definition, shard or store layout changed since the store was built: rebuilding it from this run's inputs");
        }

        return (PaperStore.Create(partialStore), false);
    }

    /// <summary>
    /// A fingerprint of everything that decides what the store holds for a record: the store's layout, the taxonomy
    /// files and the AI definition. A store built under another fingerprint is rebuilt rather than updated.
    /// </summary>
    internal static string Configuration(RunOptions options, LabellingInfo labelling)
    {
        string text = string.Join('\n', [
            $"store {StoreLayoutVersion}",
            $"ai-definition {labelling.DefinitionVersion}",
            $"compared {string.Join(' ', labelling.Compared)}",
            $"ror {RorContent(options.Ror)} transnational {options.Transnational}",
            .. labelling.Taxonomies.Select(t => $"{t.Name} {t.Sha256}"),
            .. labelling.Models.Select(m => $"{m.Name} {m.Sha256}"),
        ]);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The ROR dump by content, not by path: each file's name and XxHash128 (a folder: every file in it), so shards
    /// built on machines that keep the dump in different places can be merged.
    /// </summary>
    private static string RorContent(IReadOnlyList<string> paths) =>
        string.Join(' ', paths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.json*", SearchOption.TopDirectoryOnly) : [p])
            .Where(File.Exists)
            .Select(f => $"{Path.GetFileName(f)}={FileHash.Quick(f).XxHash128}")
            .Order(StringComparer.Ordinal));

    /// <summary>
    /// A fingerprint of what the outputs were measured from: the store's configuration and every option of the run
    /// (with the measured accuracy it read). A run that adds nothing to the store and has the same fingerprint as the
    /// one that wrote the outputs leaves them as they are.
    /// </summary>
    private static string OutputsFingerprint(string configuration, RunOptions options)
    {
        string text = string.Join('\n', [
            configuration,
            .. DescribeOptions(options).Select(o => $"{o.Key}={o.Value}"),
            .. options.ClassifierAccuracy.Select(a => string.Create(CultureInfo.InvariantCulture, $"accuracy {a.Label} {a.TruePositives} {a.FalsePositives} {a.FalseNegatives}")),
        ]);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The result of a run that found nothing new: the outputs on disk are those of the last run.</summary>
    private RunResult UpToDate(RunOptions options, List<InputFile> inputs, LabellingInfo labelling, OutputPaths outputs, DateTimeOffset started)
    {
        RunManifest manifest = Manifest(options, inputs, labelling, new RunCounts(0, 0, 0, 0, 0, 0) { SkippedInputs = inputs.Count }, started);
        return new RunResult(manifest, CountryModalityTable.Measure([], options.Years, options.Counting), [], 0, outputs) { UpToDate = true };
    }

    /// <summary>The run's manifest: tool, options, inputs, taxonomies, definitions, models, counts and times.</summary>
    private RunManifest Manifest(RunOptions options, IReadOnlyList<InputFile> inputs, LabellingInfo labelling, RunCounts counts, DateTimeOffset started) => new()
    {
        Tool = "aici",
        ToolVersion = ToolVersion,
        Options = DescribeOptions(options),
        Inputs = inputs,
        Taxonomies = labelling.Taxonomies,
        AiDefinition = labelling.DefinitionVersion,
        ComparedDefinitions = labelling.Compared,
        Models = labelling.Models,
        Counts = counts,
        Started = started,
        Finished = _clock.GetUtcNow(),
    };

    /// <summary>Bumped whenever the store's tables change shape or meaning.</summary>
    private const int StoreLayoutVersion = 5;

    private List<InputFile> Ingest(
        IReadOnlyList<IPaperSource> sources,
        RunLabelling labelling,
        PaperLocator locator,
        PaperStore store,
        Shard shard,
        InputHashes? hashes,
        CancellationToken cancellationToken)
    {
        var reader = new ParallelPaperReader();
        var inputs = new List<InputFile>(sources.Count);
        long recordNo = store.LastRecordNo();
        for (int s = 0; s < sources.Count; s++)
        {
            IPaperSource source = sources[s];
            // Inputs are recognised by size and XxHash128 before reading; the SHA-256 the manifest records is computed
            // from the read (or taken from the store for an input it holds). An input whose size neither the store
            // nor another input of this run has cannot be one already seen: it is read at once, its quick hash
            // computed from the read too.
            long size = new FileInfo(source.Path).Length;
            bool maybeSeen = store.HasInputOfSize(size)
                || sources.Where((other, o) => o != s && new FileInfo(other.Path).Length == size).Any();
            (long bytes, string quick) = maybeSeen ? hashes?.Quick(source.Path) ?? FileHash.Quick(source.Path) : (size, "");
            string? stored = maybeSeen ? store.StoredInput(bytes, quick) : null;
            InputFile? earlier = maybeSeen ? inputs.Find(i => i.Bytes == bytes && i.QuickHash == quick) : null;
            if (stored is not null || earlier is not null)
            {
                string reason = stored is null ? "given twice" : "already in the store (same content)";
                _progress.Info($"skip [{s + 1}/{sources.Count}] {source.Path}: {reason}");
                inputs.Add(new InputFile(source.Path, source.Format, bytes, stored ?? earlier!.Sha256, 0, 0, 0)
                {
                    Skipped = true,
                    QuickHash = quick,
                });
                continue;
            }

            // a JSON-lines input is hashed from the bytes its reader reads (one pass over the file); another's reader
            // opens the file itself, so its SHA-256 is computed beside the read
            using InputDigest? digest = ParallelPaperReader.Taps(source) ? new InputDigest(quick: !maybeSeen) : null;
            Task<(long Bytes, string Sha256)>? sha = digest is null ? Task.Run(() => FileHash.Of(source.Path), cancellationToken) : null;

            long records = 0, rejected = 0, warnings = 0;
            foreach (PaperBatch<LabelledRecord?> batch in reader.Read(source, () => LabelledRecord.Worker(labelling, locator, shard), digest, cancellationToken))
            {
                for (int i = 0; i < batch.Items.Count; i++)
                {
                    ReadItem item = batch.Items[i];
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

                    if (item.Paper is { } paper && batch.Results[i] is { } labelled)
                    {
                        records++;
                        store.AddPaper(++recordNo, paper, labelled.Classification, labelled.Countries, labelled.Compared);
                        if (records % 100_000 == 0)
                        {
                            _progress.Reading(source.Path, s + 1, sources.Count, records);
                        }
                    }
                }
            }

            _progress.Read(source.Path, s + 1, sources.Count, records, rejected, warnings);
            string sha256;
            if (digest is not null && digest.Bytes == size)
            {
                sha256 = digest.Sha256();
                if (!maybeSeen)
                {
                    (bytes, quick) = (size, digest.XxHash128());
                }
            }
            else
            {
                // the reader did not see the whole file (or changed under it): hashed on its own
                sha256 = sha?.GetAwaiter().GetResult().Sha256 ?? FileHash.Of(source.Path).Sha256;
                if (!maybeSeen)
                {
                    (bytes, quick) = hashes?.Quick(source.Path) ?? FileHash.Quick(source.Path);
                }
            }

            inputs.Add(new InputFile(source.Path, source.Format, bytes, sha256, records, rejected, warnings)
            {
                QuickHash = quick,
            });
        }

        return inputs;
    }

    /// <summary>
    /// The works under each compared AI definition, read in one pass over the store's AI works: the run's own as
    /// measured, keeping its AI works (every measure skips the others); the other definitions from their packed
    /// decisions, keeping only their located AI works (all the sensitivity table ranks). So a large run holds one
    /// full list of works, not one per definition.
    /// </summary>
    private static (List<MeasuredPaper> Own, Dictionary<string, IReadOnlyList<MeasuredPaper>> ByDefinition) ByDefinition(
        IEnumerable<StoredWork> works, LabellingInfo labelling, string own)
    {
        var papers = new List<MeasuredPaper>();
        List<(int Index, List<MeasuredPaper> Papers)> others = [.. labelling.Compared
            .Select((name, index) => (name, index))
            .Where(d => d.name != own)
            .Select(d => (d.index, new List<MeasuredPaper>()))];

        // the store shares one label list among the works with the same labels: so do their label sets
        var labelSets = new Dictionary<IReadOnlyList<string>, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        foreach (StoredWork work in works)
        {
            if (!labelSets.TryGetValue(work.Labels, out IReadOnlySet<string>? labels))
            {
                labels = work.Labels.ToHashSet(StringComparer.Ordinal);
                labelSets.Add(work.Labels, labels);
            }

            MeasuredPaper measured = ToMeasured(work, labels);
            if (measured.IsAi)
            {
                papers.Add(measured);
            }

            if (work.Countries.Count == 0)
            {
                continue;
            }

            foreach ((int index, List<MeasuredPaper> list) in others)
            {
                if (DefinitionSet.IsAi(work.DefinitionLabels, index))
                {
                    list.Add(new MeasuredPaper(work.Key, work.Year, true, DefinitionSet.ModalitiesOf(work.DefinitionLabels, index), work.Countries));
                }
            }
        }

        var byDefinition = new Dictionary<string, IReadOnlyList<MeasuredPaper>>(StringComparer.Ordinal) { [own] = papers };
        foreach ((int index, List<MeasuredPaper> list) in others)
        {
            byDefinition[labelling.Compared[index]] = list;
        }

        return (papers, byDefinition);
    }

    /// <summary>A stored work as the indicators read it; <paramref name="labels"/> is the set of its labels.</summary>
    internal static MeasuredPaper ToMeasured(StoredWork work, IReadOnlySet<string> labels)
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
            Labels = labels,
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
        new("growth", string.Create(CultureInfo.InvariantCulture, $"{options.GrowthFrom}–{options.GrowthTo}")),
        new("growth_min", options.GrowthMinimum?.ToString(CultureInfo.InvariantCulture) ?? "auto"),
        new("rca_min", options.RcaMinimum?.ToString(CultureInfo.InvariantCulture) ?? "auto"),
        new("propagate_classifier_error", options.PropagateClassifierError ? "true" : "false"),
        new("shard", options.Shard.ToString()),
        new("ror", string.Join(' ', options.Ror)),
        new("transnational", options.Transnational ? "true" : "false"),
        new("demo", options.Demo ? "true" : "false"),
        new("taxonomy", options.TaxonomyDirectory),
        new("out", options.Out),
    ];

    internal static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
