using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// A country's share of one paper under fractional counting: each located author holds an equal part of the paper,
/// split equally over that author's countries, so a located paper's shares add up to 1.
/// </summary>
public readonly record struct CountryShare(CountryCode Country, double Weight)
{
    /// <summary>What the paper adds to this country under a counting method: 1 (whole) or the share (fractional).</summary>
    public double Under(Counting counting) => counting == Counting.Whole ? 1 : Weight;
}
