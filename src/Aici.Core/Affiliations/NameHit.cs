namespace Aici.Core.Affiliations;

/// <summary>
/// Indexed names found in an affiliation: words <see cref="Start"/> to <see cref="End"/> (exclusive) spell every name
/// in <see cref="Entries"/>; <see cref="Words"/> counts their content words. A word-set hit has the same words as the
/// names in another order.
/// </summary>
internal sealed record NameHit(int Start, int End, int Words, IReadOnlyList<int> Entries, bool WordSet)
{
    /// <summary>The names are spelled by these words and a place named later in the string.</summary>
    public bool WithPlace { get; init; }

    public bool Contains(int start, int end) => Start <= start && end <= End;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
