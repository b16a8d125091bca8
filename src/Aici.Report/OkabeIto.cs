namespace Aici.Report;

/// <summary>
/// The Okabe–Ito palette: colours that people with the common forms of colour blindness can tell apart.
/// </summary>
internal static class OkabeIto
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
}
