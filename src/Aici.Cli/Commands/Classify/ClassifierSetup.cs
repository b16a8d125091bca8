using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Vocabulary;
using Aici.Core.Run;
using Aici.Sources;
using Aici.Sources.Models;
using Aici.Sources.Taxonomy;
using Aici.Sources.Vocabulary;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// Loads what labels papers: the taxonomy files (ai, modalities, techniques, and media and creative domains when the
/// folder has them), the model file, the confirming model of media and creative domains when the folder has it
/// (<c>models/confirming-v1.json</c>), and the AI definition chosen by name. What the lead's <c>aici run</c> needs too:
/// <c>ClassifierSetup.Load(taxonomyDir, modelPath, definitionName)</c> gives the labeller and what the manifest records.
/// </summary>
internal sealed record ClassifierSetup(
    ResearchLabeller Labeller,
    IReadOnlyList<TaxonomyFile> Taxonomies,
    ModelFileInfo? Model,
    ModelFileInfo? Confirmer = null)
{
    /// <summary>The taxonomy files read, with the output group of their labels; the optional ones may be absent.</summary>
    private static readonly (string File, LabelGroup Group, bool Required)[] Files =
    [
        ("ai.json", LabelGroup.Ai, true),
        ("modalities.json", LabelGroup.Modality, true),
        ("media.json", LabelGroup.Media, false),
        ("techniques.json", LabelGroup.Technique, true),
        ("creative_domains.json", LabelGroup.CreativeDomain, false),
    ];

    /// <summary>The shipped model's header, relative to the taxonomy folder.</summary>
    public static string DefaultModel(string taxonomyDirectory) => Path.Combine(taxonomyDirectory, "models", "research-v1.json");

    /// <summary>The confirming model (of media and creative domains), relative to the taxonomy folder: used when present.</summary>
    public static string DefaultConfirmer(string taxonomyDirectory) => Path.Combine(taxonomyDirectory, "models", "confirming-v1.json");

    /// <summary>The models a run records in its manifest, as entries beside the taxonomy files.</summary>
    public IEnumerable<TaxonomyFile> ModelFiles =>
        new[] { Model, Confirmer }.OfType<ModelFileInfo>().Select(m => new TaxonomyFile($"model {m.Name}", m.Version, m.Path, m.Sha256));

    public IAiDefinition Definition => Labeller.Definition;

    /// <summary>"combined (ai 1.0.0, … + research 2026.1.0)": the definition as a manifest or a table names it.</summary>
    public string DefinitionText => $"{Definition.Name} ({Definition.Version})";

    /// <exception cref="InputException">A file is missing or invalid, or the definition is unknown or needs a missing model.</exception>
    public static ClassifierSetup Load(string taxonomyDirectory, string? modelPath, string definition)
    {
        ArgumentNullException.ThrowIfNull(taxonomyDirectory);
        (ResearchRules rules, IReadOnlyList<TaxonomyFile> files, ModelFileInfo? model, ModelFileInfo? confirmer) = LoadRules(taxonomyDirectory, modelPath, definition != CategoriesDefinition.DefinitionName && definition != PhrasesDefinition.DefinitionName);
        IAiDefinition ai;
        IReadOnlyList<(IAiDefinition Definition, TaxonomyFile File)> others =
            definition == AiDefinitions.Vocabulary ? OtherDefinitions(taxonomyDirectory) : [];
        try
        {
            ai = AiDefinitions.Create(definition, rules, others.Select(o => o.Definition));
        }
        catch (ArgumentException e)
        {
            throw new InputException($"--ai-definition: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }

        return new ClassifierSetup(new ResearchLabeller(rules, ai), [.. files, .. others.Select(o => o.File)], model, confirmer);
    }

    /// <summary>
    /// The rules over the taxonomy files and the model: required, or used when present, or (<paramref name="withModel"/>
    /// false) not read at all; with the model, the confirming model when the folder has it.
    /// </summary>
    public static (ResearchRules Rules, IReadOnlyList<TaxonomyFile> Files, ModelFileInfo? Model, ModelFileInfo? Confirmer) LoadRules(
        string taxonomyDirectory, string? modelPath, bool modelRequired, bool withModel = true)
    {
        if (!Directory.Exists(taxonomyDirectory))
        {
            throw new InputException($"{taxonomyDirectory}: taxonomy folder not found");
        }

        // the model's weights are read and unpacked on another core while the taxonomy files are parsed
        string model = modelPath ?? DefaultModel(taxonomyDirectory);
        Task<(LinearModel Model, ModelFileInfo File)>? loading = withModel && (modelPath is not null || modelRequired || File.Exists(model))
            ? Task.Run(() => ModelFile.Load(model))
            : null;
        string confirmerPath = DefaultConfirmer(taxonomyDirectory);
        Task<(LinearModel Model, ModelFileInfo File)>? confirming = withModel && File.Exists(confirmerPath)
            ? Task.Run(() => ModelFile.Load(confirmerPath))
            : null;
        var taxonomies = new List<(Core.Taxonomy.Taxonomy, LabelGroup)>();
        var files = new List<TaxonomyFile>();
        foreach ((string name, LabelGroup group, bool required) in Files)
        {
            string path = Path.Combine(taxonomyDirectory, name);
            if (!required && !File.Exists(path))
            {
                continue;
            }

            (Core.Taxonomy.Taxonomy taxonomy, TaxonomyFile file) = TaxonomyLoader.Load(path);
            taxonomies.Add((taxonomy, group));
            files.Add(file);
        }

        // an error of the model file is thrown as itself (an InputException), not wrapped
        (LinearModel? linear, ModelFileInfo? info) = loading is null ? (null, null) : loading.GetAwaiter().GetResult();
        (LinearModel? confirmer, ModelFileInfo? confirmerInfo) = confirming is null ? (null, null) : confirming.GetAwaiter().GetResult();

        try
        {
            return (new ResearchRules(taxonomies, linear, confirmer), files, info, confirmerInfo);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{taxonomyDirectory}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
    }

    /// <summary>
    /// Definitions that are not built in, by name, with the file each reads: Nesta's 2020 expanded vocabulary
    /// (<c>vocabulary</c>, from <c>TAXONOMY/vocabulary/vocabulary.json</c>) when that file is there.
    /// </summary>
    public static IReadOnlyList<(IAiDefinition Definition, TaxonomyFile File)> OtherDefinitions(string taxonomyDirectory)
    {
        string path = Path.Combine(taxonomyDirectory, VocabularyFiles.DefaultFile);
        if (!File.Exists(path))
        {
            return [];
        }

        (VocabularyList list, TaxonomyFile file) = VocabularyFiles.Load(path);
        return [(new VocabularyDefinition(list), file)];
    }
}
