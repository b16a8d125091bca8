using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// A country's share of one paper under fractional counting: each located author holds an equal part of the paper,
/// split equally over that author's countries, so a located paper's shares add up to 1.
/// </summary>
public readonly record struct CountryShare(CountryCode Country, double Weight);
