using Aici.Cli.Commands.Classify;
using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Sources;
using Aici.Sources.Models;

namespace Aici.Cli.Pipeline;

/// <summary>
/// How <c>aici run</c> labels records: the labeller of the chosen AI definition (its labels are the ones stored and
/// measured), the set of definitions compared in the sensitivity table (each record is decided under all of them in
/// the same pass), the rule files read, and the classifier's measured accuracy for the chosen definition.
/// </summary>
internal sealed record RunLabelling(ResearchLabeller Labeller, DefinitionSet Compared, LabellingInfo Info, IReadOnlyList<LabelAccuracy> Accuracy)
{
    /// <summary>The definitions the sensitivity table compares, in its order (the chosen one is always included).</summary>
    public static readonly IReadOnlyList<string> ComparedNames =
        [CategoriesDefinition.DefinitionName, AiDefinitions.Vocabulary, ModelDefinition.DefinitionName, CombinedDefinition.DefinitionName];

    /// <summary>The measured accuracy shipped beside the model, when <c>--accuracy</c> is not given.</summary>
    public static string DefaultAccuracy(string taxonomyDirectory) =>
        Path.Combine(taxonomyDirectory, "models", "research-v1.accuracy.csv");

    /// <exception cref="InputException">A rule file is missing or invalid, or the definition is unknown.</exception>
    public static RunLabelling Load(string taxonomyDirectory, string? modelPath, string definition, string? accuracyPath)
    {
        // the vocabulary definition (compared in the sensitivity table) is read on another core meanwhile
        Task<IReadOnlyList<(IAiDefinition Definition, TaxonomyFile File)>> reading = Task.Run(() => ClassifierSetup.OtherDefinitions(taxonomyDirectory));
        ClassifierSetup setup = ClassifierSetup.Load(taxonomyDirectory, modelPath, definition);
        ResearchRules rules = setup.Labeller.Rules;
        IReadOnlyList<(IAiDefinition Definition, TaxonomyFile File)> others = reading.GetAwaiter().GetResult();
        var compared = new List<IAiDefinition> { setup.Definition };
        var files = new List<TaxonomyFile>(setup.Taxonomies);
        foreach (string name in ComparedNames.Where(n => n != setup.Definition.Name))
        {
            if (name == AiDefinitions.Vocabulary)
            {
                foreach ((IAiDefinition other, TaxonomyFile file) in others.Where(o => o.Definition.Name == name))
                {
                    compared.Add(other);
                    files.Add(file);
                }
            }
            else if (rules.Model is not null || name == CategoriesDefinition.DefinitionName)
            {
                compared.Add(AiDefinitions.Create(name, rules));
            }
        }

        string accuracyFile = accuracyPath ?? DefaultAccuracy(taxonomyDirectory);
        // in the order of the labels (ai, modalities, media, techniques, domains), whichever gold measured them
        IReadOnlyList<LabelAccuracy> accuracy = accuracyPath is not null || File.Exists(accuracyFile)
            ? [.. AccuracyFile.Read(accuracyFile, setup.Definition.Name).OrderBy(a => Order(rules, a.Label))]
            : [];
        var info = new LabellingInfo(
            setup.Definition.Name,
            setup.DefinitionText,
            [.. compared.Select(d => d.Name)],
            [.. files.DistinctBy(f => f.Path, StringComparer.Ordinal)],
            [.. setup.ModelFiles]);
        return new RunLabelling(setup.Labeller, new DefinitionSet(rules, compared), info, accuracy);
    }

    private static int Order(ResearchRules rules, string label) =>
        rules.Phrases.IndexOf(label) is int index and >= 0 ? index : int.MaxValue;
}
