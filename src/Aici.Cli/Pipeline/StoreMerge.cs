using Aici.Core.Run;
using Aici.Sources;
using Aici.Store;

namespace Aici.Cli.Pipeline;

/// <summary>
/// <c>aici merge</c>: combines stores built as shards (<c>aici run --shard i/n</c>) of the same inputs, with the same
/// taxonomy and AI definition, into one store, then measures and reports as a run over everything would.
/// </summary>
internal sealed class StoreMerge
{
    private readonly ResearchPipeline _pipeline;
    private readonly TimeProvider _clock;

    public StoreMerge(ResearchPipeline pipeline, TimeProvider clock)
    {
        _pipeline = pipeline;
        _clock = clock;
    }

    public RunResult Merge(IReadOnlyList<string> stores, RunOptions options)
    {
        DateTimeOffset started = _clock.GetUtcNow();
        List<string> paths = [.. stores.Select(StorePath)];
        (string configuration, LabellingInfo labelling) = CheckAlike(paths);

        var outputs = new OutputPaths(options.Out);
        outputs.Create();
        string partial = outputs.Store + ".partial";
        RunResult result;
        using (PaperStore store = PaperStore.Create(partial))
        {
            // The merged file is built under a temporary name, so it needs no transaction while stores are attached.
            foreach (string path in paths)
            {
                store.MergeFrom(path);
            }

            store.BeginUpdate(staging: false);
            store.CompleteMerge();
            store.SetSetting("configuration", configuration);
            store.SetSetting("shard", Shard.All.ToString());
            labelling.Save(store);
            IngestCounts counts = store.ApplyStaged();
            result = _pipeline.Finish(store, outputs, options with { AiDefinition = labelling.Definition }, store.Inputs(), counts, labelling, started);
            store.Commit();
        }

        File.Move(partial, outputs.Store, overwrite: true);
        File.Delete(partial + ".wal");
        return result;
    }

    /// <summary>A store file, or an output folder holding aici.duckdb.</summary>
    private static string StorePath(string path)
    {
        string file = Directory.Exists(path) ? Path.Combine(path, "aici.duckdb") : path;
        return File.Exists(file) ? Path.GetFullPath(file) : throw new InputException($"{path}: no Aici store there (expected a .duckdb file or an output folder holding aici.duckdb)");
    }

    private static (string Configuration, LabellingInfo Labelling) CheckAlike(List<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new InputException("nothing to merge: give --store PATH at least once");
        }

        string? configuration = null;
        LabellingInfo? labelling = null;
        foreach (string path in paths)
        {
            using PaperStore store = PaperStore.Open(path);
            string? own = store.Setting("configuration") ?? throw new InputException($"{path}: not a store written by aici run");
            if (!store.HasCurrentLayout())
            {
                throw new InputException($"{path}: written by an earlier aici, whose store lays records out otherwise: build this shard again with this aici ('aici run … --shard i/n') before merging");
            }

            if (configuration is null)
            {
                configuration = own;
                labelling = LabellingInfo.Read(store);
            }
            else if (own != configuration)
            {
                throw new InputException($"{path}: built with another taxonomy or AI definition than {paths[0]}: stores to merge must be built alike");
            }
        }

        return (configuration!, labelling!);
    }
}
