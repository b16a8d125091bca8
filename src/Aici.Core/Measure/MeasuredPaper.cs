using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// One work as the indicators see it: labelled, located, and de-duplicated across the records it was read from.
/// <see cref="Countries"/> holds each country once with its fractional share; whole counting ignores the shares.
/// </summary>
public sealed record MeasuredPaper(
    string Key,
    int? Year,
    bool IsAi,
    Modalities Modalities,
    IReadOnlyList<CountryShare> Countries);
