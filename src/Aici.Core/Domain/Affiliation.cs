namespace Aici.Core.Domain;

/// <summary>
/// One affiliation of one author as the source wrote it, with the countries the source gave for it (if any).
/// </summary>
public sealed record Affiliation(string Text, IReadOnlyList<CountryCode> Countries)
{
    public static Affiliation Unlocated(string text) => new(text, []);
}
