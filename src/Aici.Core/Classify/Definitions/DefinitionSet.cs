using Aici.Core.Measure;
using Aici.Core.Taxonomy;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Several AI definitions decided over one <see cref="PaperAnalysis"/>, for the sensitivity table: under each
/// definition, whether the paper is AI and which of image, sound and text it carries, decided exactly as
/// <see cref="ResearchLabeller"/> decides them but without evidence. Packed four bits a definition, in definition
/// order: bit 0 <c>ai</c>, bit 1 image, bit 2 sound, bit 3 text. Immutable and thread-safe.
/// </summary>
public sealed class DefinitionSet
{
    /// <summary>How many definitions fit the packed value.</summary>
    public const int MaxDefinitions = 8;

    private const int AiBit = 1;
    private readonly IAiDefinition[] _definitions;
    private readonly IAnalysedDefinition?[] _analysed;
    private readonly (int Label, int Bit)[] _modalities;

    /// <param name="rules">The rules every analysed definition was built over.</param>
    /// <param name="definitions">At most <see cref="MaxDefinitions"/> definitions with distinct names.</param>
    /// <exception cref="ArgumentException">Too many definitions, a name twice, or a definition over other rules.</exception>
    public DefinitionSet(ResearchRules rules, IEnumerable<IAiDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(definitions);
        Rules = rules;
        _definitions = [.. definitions];
        if (_definitions.Length > MaxDefinitions)
        {
            throw new ArgumentException($"at most {MaxDefinitions} definitions can be compared (got {_definitions.Length})", nameof(definitions));
        }

        string? twice = _definitions.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new ArgumentException($"definition '{twice}' is given twice", nameof(definitions));
        }

        _analysed = [.. _definitions.Select(d => d as IAnalysedDefinition)];
        if (_analysed.FirstOrDefault(a => a is not null && !ReferenceEquals(a.Rules, rules)) is { } other)
        {
            throw new ArgumentException($"definition '{other.Name}' was built over other rules", nameof(definitions));
        }

        _modalities = [.. new[] { (LabelNames.Image, 2), (LabelNames.Sound, 4), (LabelNames.Text, 8) }
            .Select(m => (rules.Phrases.IndexOf(m.Item1), m.Item2))
            .Where(m => m.Item1 >= 0)];
        Names = [.. _definitions.Select(d => d.Name)];
    }

    public ResearchRules Rules { get; }

    /// <summary>The definitions' names, in the order of their bits.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The decisions of every definition for the paper loaded in <paramref name="paper"/>.</summary>
    public int Decide(PaperAnalysis paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        int packed = 0;
        PaperText? text = null;
        for (int d = 0; d < _definitions.Length; d++)
        {
            IAnalysedDefinition? analysed = _analysed[d];
            bool ai = analysed is not null ? analysed.IsAi(paper)
                : _definitions[d] is IQuickAiDefinition quick ? quick.IsAi(paper)
                : _definitions[d].Decide(text ??= paper.ToPaperText()).IsAi;
            ModalityMode mode = analysed?.Modalities ?? ModalityMode.CategoriesOrPhrases;
            int bits = ai ? AiBit : 0;
            foreach ((int label, int bit) in _modalities)
            {
                if (LabelDecisions.Carries(paper, label, mode))
                {
                    bits |= bit;
                }
            }

            packed |= bits << (4 * d);
        }

        return packed;
    }

    /// <summary>Whether definition <paramref name="index"/> calls the paper AI.</summary>
    public static bool IsAi(int packed, int index) => ((packed >> (4 * index)) & AiBit) != 0;

    /// <summary>The image, sound and text of the paper under definition <paramref name="index"/>.</summary>
    public static Modalities ModalitiesOf(int packed, int index) => (Modalities)((packed >> ((4 * index) + 1)) & 7);
}
