using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// One research organisation of the registry (ROR): its names in all their forms, where it is, what kind it is and how
/// it relates to other organisations. Identifiers are ROR ids in short form ("03acrzv41", without "https://ror.org/").
/// </summary>
public sealed record Organisation
{
    /// <summary>The ROR id in short form: nine characters, no URL prefix.</summary>
    public required string Id { get; init; }

    /// <summary>The name ROR displays ("ror_display" in schema v2, "name" in v1).</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings the organisation goes by.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Acronyms ("MIT", "KAIST").</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    /// <summary>Official names other than the display name, usually in other languages.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The country of its (first) location; null when the record gives none.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The city of its (first) location, as GeoNames names it.</summary>
    public string? City { get; init; }

    /// <summary>The first-level subdivision of its location ("England", "California"), when given.</summary>
    public string? Region { get; init; }

    /// <summary>ROR types in lower case ("education", "company", "healthcare", ...).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>False for records ROR marks inactive (the organisation no longer operates); withdrawn records are never loaded.</summary>
    public bool Active { get; init; } = true;

    public IReadOnlyList<string> Parents { get; init; } = [];

    public IReadOnlyList<string> Children { get; init; } = [];

    /// <summary>Related organisations, and predecessors.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The organisations that continue this one (an inactive university merged into a new one).</summary>
    public IReadOnlyList<string> Successors { get; init; } = [];

    /// <summary>The GRID id the record carries ("grid.4991.5"), which links it to the 2020 study's matches.</summary>
    public string? Grid { get; init; }

    public bool HasType(string type) => Types.Contains(type, StringComparer.Ordinal);

    public override string ToString() => $"{Id} {Name} ({Country?.Value ?? "??"})";
}
