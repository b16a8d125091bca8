namespace Aici.Core.Classify.Definitions;

/// <summary>
/// The AI definitions by name, as <c>--ai-definition</c> and the run manifest name them: <c>categories</c>,
/// <c>phrases</c>, <c>model</c> and <c>combined</c> are built in; others (Nesta's 2020 expanded <c>vocabulary</c>)
/// are handed in by the composition root, which knows how to load them.
/// </summary>
public static class AiDefinitions
{
    /// <summary>The default definition.</summary>
    public const string Default = CombinedDefinition.DefinitionName;

    /// <summary>The name of the 2020 expanded-vocabulary definition, provided by <c>Classify/Vocabulary</c>.</summary>
    public const string Vocabulary = "vocabulary";

    /// <summary>The built-in names, in the order tables list them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
        [CategoriesDefinition.DefinitionName, PhrasesDefinition.DefinitionName, ModelDefinition.DefinitionName, CombinedDefinition.DefinitionName];

    /// <summary>The definition named <paramref name="name"/>.</summary>
    /// <param name="name">categories, phrases, model, combined, or the name of one of <paramref name="others"/>.</param>
    /// <param name="rules">The rules (and model) the built-in definitions read.</param>
    /// <param name="others">Further definitions, by their <see cref="IAiDefinition.Name"/>.</param>
    /// <exception cref="ArgumentException">The name is unknown, or the definition needs a model and the rules have none.</exception>
    public static IAiDefinition Create(string name, ResearchRules rules, IEnumerable<IAiDefinition>? others = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rules);
        switch (name)
        {
            case CategoriesDefinition.DefinitionName:
                return new CategoriesDefinition(rules);
            case PhrasesDefinition.DefinitionName:
                return new PhrasesDefinition(rules);
            case ModelDefinition.DefinitionName or CombinedDefinition.DefinitionName when rules.Model is null:
                throw new ArgumentException($"AI definition '{name}' needs a model file", nameof(name));
            case ModelDefinition.DefinitionName:
                return new ModelDefinition(rules);
            case CombinedDefinition.DefinitionName:
                return new CombinedDefinition(rules);
        }

        IAiDefinition? other = others?.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
        if (other is not null)
        {
            return other;
        }

        var known = BuiltIn.Concat(others?.Select(d => d.Name) ?? []);
        string hint = name == Vocabulary ? " (the vocabulary definition is not available in this build)" : "";
        throw new ArgumentException($"unknown AI definition '{name}'{hint}; known: {string.Join(", ", known)}", nameof(name));
    }
}
