namespace Aici.Core.Measure;

/// <summary>
/// A country's row of the headline table with its place in the world: its rank by <see cref="Any"/> (competition
/// ranking: ties share the best rank), its share of the world's Any in percent, and, where classifier error is
/// propagated, the expected true count (<see cref="Corrected"/>). Estimates carry 95% bootstrap intervals, or exact
/// ones when no bootstrap was run.
/// </summary>
public sealed record HeadlineRow(
    string Country,
    Estimate Rank,
    double Image,
    double Sound,
    double Text,
    Estimate Any,
    Estimate Share)
{
    /// <summary>Any × the classifier's precision ÷ recall (see <see cref="ClassifierError"/>); null when not propagated.</summary>
    public Estimate? Corrected { get; init; }
}
