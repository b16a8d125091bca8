namespace Aici.Core.Domain;

/// <summary>
/// One affiliation of one author as the source wrote it, with the countries the source gave for it (if any) and,
/// where the source already matched it to institutions (OpenAlex does), their ROR ids (short form, "03acrzv41").
/// </summary>
public sealed record Affiliation(string Text, IReadOnlyList<CountryCode> Countries)
{
    public IReadOnlyList<string> RorIds { get; init; } = [];

    public static Affiliation Unlocated(string text) => new(text, []);
}
