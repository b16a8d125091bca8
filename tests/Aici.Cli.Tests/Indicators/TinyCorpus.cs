using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Cli.Tests.Indicators;

/// <summary>
/// A copy of the core tests' tiny corpus (tests/Aici.Core.Tests/Indicators/TinyCorpus.cs): twenty papers, four
/// countries (GB, US, CN, FR), years 2016–2019, modalities, techniques and shares chosen so that every indicator can be computed by hand (see each test's comments).
/// </summary>
internal static class TinyCorpus
{
    private const Modalities I = Modalities.Image, S = Modalities.Sound, T = Modalities.Text, None = Modalities.None;

    public static readonly MeasuredPaper[] Papers =
    [
        P(1, 2017, true, I, ["gan"], ("GB", 1)),
        P(2, 2017, true, I, [], ("US", 1)),
        P(3, 2017, true, T, [], ("US", 1)),
        P(4, 2017, true, S, [], ("CN", 1)),
        P(5, 2017, true, I | T, ["style_transfer"], ("GB", 0.5), ("US", 0.5)),
        P(6, 2018, true, I, ["gan"], ("GB", 1)),
        P(7, 2018, true, I, ["gan"], ("CN", 1)),
        P(8, 2018, true, T, [], ("US", 1)),
        P(9, 2018, true, S | T, [], ("US", 0.5), ("CN", 0.5)),
        P(10, 2018, true, None, [], ("FR", 1)),
        P(11, 2018, false, I, [], ("GB", 1)),
        P(12, 2019, true, I, ["gan", "style_transfer"], ("GB", 1)),
        P(13, 2019, true, I, [], ("GB", 1)),
        P(14, 2019, true, T, [], ("US", 1)),
        P(15, 2019, true, I, ["gan"], ("CN", 1)),
        P(16, 2019, true, I | S, [], ("CN", 1)),
        P(17, 2019, true, T, ["style_transfer"], ("FR", 1)),
        P(18, 2019, true, I, [], ("US", 0.5), ("GB", 0.25), ("FR", 0.25)),
        P(19, 2019, true, S, []),
        P(20, 2016, true, I, ["gan"], ("GB", 1)),
    ];

    private static MeasuredPaper P(int n, int year, bool ai, Modalities m, string[] labels, params (string Code, double Share)[] countries) =>
        new($"p{n:00}", year, ai, m, [.. countries.Select(c => new CountryShare(new CountryCode(c.Code), c.Share)).OrderBy(c => c.Country)])
        {
            Labels = new HashSet<string>(labels, StringComparer.Ordinal),
        };
}
