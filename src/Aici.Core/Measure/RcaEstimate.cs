namespace Aici.Core.Measure;

/// <summary>A <see cref="SpecialisationRow"/> (a country's RCA in one label) with the RCA's interval.</summary>
public sealed record RcaEstimate(SpecialisationRow Row, Estimate Rca)
{
    public string Country => Row.Country;

    public string Label => Row.Label;
}
