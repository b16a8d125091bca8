namespace Aici.Core.Measure;

/// <summary>
/// Revealed comparative advantage of a country in a label: RCA = (country's AI papers with the label / country's AI
/// papers) / (world's AI papers with the label / world's AI papers). Above 1, the country specialises in it.
/// </summary>
public sealed record SpecialisationRow(string Country, string Label, double CountryLabel, double CountryAi, double WorldLabel, double WorldAi)
{
    public double Rca => CountryAi > 0 && WorldLabel > 0 && WorldAi > 0 ? CountryLabel / CountryAi / (WorldLabel / WorldAi) : 0;
}
