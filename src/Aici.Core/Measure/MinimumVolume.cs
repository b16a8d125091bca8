namespace Aici.Core.Measure;

/// <summary>
/// The minimum volumes used when none is given, so that a country with a handful of papers cannot top a growth or
/// specialisation chart. Each is 1% of the world's count in the same base, rounded up, kept between a floor (below
/// which a percentage or a ratio is mostly noise) and a ceiling (the value for a full arXiv corpus). A tiny corpus thus
/// gets the floor, and the full corpus the ceiling.
/// </summary>
public static class MinimumVolume
{
    public const double Floor = 5;

    /// <summary>The growth ceiling: 30 papers in the start year.</summary>
    public const double GrowthCeiling = 30;

    /// <summary>The specialisation ceiling: 50 AI papers in the year window.</summary>
    public const double SpecialisationCeiling = 50;

    /// <summary>For growth: 1% of the world's AI papers in the start year, between 5 and 30.</summary>
    public static double Growth(double worldInStartYear) => Scaled(worldInStartYear, GrowthCeiling);

    /// <summary>For RCA: 1% of the world's located AI papers in the year window, between 5 and 50.</summary>
    public static double Specialisation(double worldAiPapers) => Scaled(worldAiPapers, SpecialisationCeiling);

    private static double Scaled(double world, double ceiling) =>
        Math.Clamp(Math.Ceiling(Math.Max(world, 0) / 100), Floor, ceiling);
}
