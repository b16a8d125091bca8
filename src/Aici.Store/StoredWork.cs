using Aici.Core.Measure;

namespace Aici.Store;

/// <summary>A work as the store holds it after de-duplication: key, earliest year, label names, countries with shares.</summary>
public sealed record StoredWork(string Key, int? Year, IReadOnlyList<string> Labels, IReadOnlyList<CountryShare> Countries);
