using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// One work as the indicators see it: labelled, located, and de-duplicated across the records it was read from.
/// </summary>
public sealed record MeasuredPaper(
    string Key,
    int? Year,
    bool IsAi,
    Modalities Modalities,
    IReadOnlyList<CountryCode> Countries);
