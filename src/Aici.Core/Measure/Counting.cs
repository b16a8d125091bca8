namespace Aici.Core.Measure;

/// <summary>How a paper with authors in several countries is counted.</summary>
public enum Counting
{
    /// <summary>The paper counts once in each of its countries; the world counts it once.</summary>
    Whole,

    /// <summary>The paper is shared between its countries by author, so country counts add up to the world's.</summary>
    Fractional,
}
