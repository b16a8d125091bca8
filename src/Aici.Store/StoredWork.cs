using Aici.Core.Measure;

namespace Aici.Store;

/// <summary>
/// A work as the store holds it after de-duplication: key, earliest year, label names, countries with shares, and its
/// AI and image/sound/text under each compared AI definition (packed as the run's <c>DefinitionSet</c> packs them).
/// </summary>
public sealed record StoredWork(string Key, int? Year, IReadOnlyList<string> Labels, IReadOnlyList<CountryShare> Countries)
{
    public int DefinitionLabels { get; init; }
}
