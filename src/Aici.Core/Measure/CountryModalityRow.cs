namespace Aici.Core.Measure;

/// <summary>
/// AI papers with each modality, and with any of the three (the de-duplicated union: a paper tagged image and text
/// counts once in <see cref="Any"/>). For a country row, papers of that country; for the world row, all located papers.
/// </summary>
public sealed record CountryModalityRow(string Country, double Image, double Sound, double Text, double Any);
