using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Report.Tests;

/// <summary>Report models built in code: a realistic one, a hostile one, and large or awkward tables.</summary>
internal static class SampleReports
{
    /// <summary>Thirty countries, the top ten as in the seed (Nesta, 2020), in table order (any, largest first).</summary>
    public static readonly (string Code, double Image, double Sound, double Text, double Any)[] Countries =
    [
        ("US", 3319, 199, 749, 4041),
        ("CN", 1590, 59, 257, 1805),
        ("GB", 1138, 116, 270, 1437),
        ("DE", 666, 51, 139, 823),
        ("CA", 658, 47, 141, 818),
        ("AU", 573, 33, 115, 684),
        ("IN", 474, 26, 133, 594),
        ("CH", 461, 33, 104, 570),
        ("FR", 449, 33, 85, 549),
        ("IE", 412, 32, 119, 538),
        ("KR", 388, 41, 77, 467),
        ("JP", 371, 38, 61, 441),
        ("HK", 352, 12, 58, 398),
        ("SG", 301, 19, 70, 362),
        ("IT", 270, 25, 66, 331),
        ("NL", 226, 21, 60, 285),
        ("IL", 219, 14, 38, 254),
        ("ES", 171, 24, 47, 226),
        ("TW", 168, 11, 29, 196),
        ("SE", 132, 17, 30, 167),
        ("AT", 118, 9, 24, 142),
        ("BE", 102, 11, 23, 128),
        ("IR", 98, 6, 20, 117),
        ("BR", 85, 10, 25, 111),
        ("RU", 79, 7, 22, 100),
        ("DK", 70, 8, 14, 86),
        ("FI", 54, 12, 13, 72),
        ("PL", 50, 4, 12, 61),
        ("CZ", 38, 3, 9, 46),
        ("CD", 2, 0, 1, 3),
    ];

    public static ReportModel Realistic(bool illustrative = false) =>
        Model(Table(Countries), illustrative, Diagnostics(12), 12);

    public static CountryModalityTable Table(IEnumerable<(string Code, double Image, double Sound, double Text, double Any)> countries)
    {
        List<CountryModalityRow> rows = [.. countries.Select(c => new CountryModalityRow(c.Code, c.Image, c.Sound, c.Text, c.Any))];

        // Whole counting: the world row counts each paper once, so it is smaller than the sum of the country rows.
        var world = new CountryModalityRow(
            CountryModalityTable.WorldLabel,
            Math.Round(rows.Sum(r => r.Image) * 0.8),
            Math.Round(rows.Sum(r => r.Sound) * 0.8),
            Math.Round(rows.Sum(r => r.Text) * 0.8),
            Math.Round(rows.Sum(r => r.Any) * 0.8));
        long located = (long)world.Any + 52_310;
        return new CountryModalityTable(Counting.Whole, new YearRange(2015, 2019), rows, world, located + 4_321, 4_321);
    }

    public static ReportModel Model(CountryModalityTable table, bool illustrative, IReadOnlyList<Diagnostic> diagnostics, long total) =>
        new(table, Manifest(), diagnostics, total, illustrative);

    public static RunManifest Manifest(string inputPath = "data/arxiv/arxiv-metadata-oai-snapshot.json", string optionValue = "2015\u20132019") => new()
    {
        Tool = "aici",
        ToolVersion = "0.1.0",
        Options = [new("years", optionValue), new("out", "out/run-1"), new("workers", "8")],
        Inputs =
        [
            new(inputPath, "arxiv-json", 4_512_345_678, "9f2c4e7a1b3d5f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a", 2_345_678, 1_234, 5_678),
            new("data/grid/grid.csv", "grid-csv", 98_765, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 98_000, 0, 3),
        ],
        Taxonomies =
        [
            new("ai", "1.0", "taxonomy/ai.json", "aaaaaaaaaaaabbbbbbbbbbbbccccccccccccddddddddddddeeeeeeeeeeeeffff"),
            new("modalities", "1.0", "taxonomy/modalities.json", "1111111111112222222222223333333333334444444444445555555555556666"),
        ],
        Models = [new("ai model", "logistic 2025-11", "taxonomy/models/ai.json", "77777777777788888888888899999999999900000000000011111111111122aa")],
        Counts = new RunCounts(2_443_678, 1_234, 5_681, 2_301_004, 61_234, 56_913),
        Started = new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.Zero),
        Finished = new DateTimeOffset(2025, 1, 31, 12, 4, 7, 250, TimeSpan.Zero),
    };

    public static List<Diagnostic> Diagnostics(int count)
    {
        var list = new List<Diagnostic>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(i % 3 == 0
                ? Diagnostic.Rejected("data/arxiv/arxiv-metadata-oai-snapshot.json", 1_000 + (i * 17), "id", "missing identifier")
                : Diagnostic.Warned("data/arxiv/arxiv-metadata-oai-snapshot.json", 1_000 + (i * 17), "update_date", "not a date: '2019-13-45'"));
        }

        return list;
    }

    /// <summary><paramref name="count"/> countries with made-up counts, all codes valid, in table order.</summary>
    public static CountryModalityTable ManyCountries(int count)
    {
        var codes = new List<string>();
        for (char a = 'A'; a <= 'Z' && codes.Count < count; a++)
        {
            for (char b = 'A'; b <= 'Z' && codes.Count < count; b++)
            {
                codes.Add(new string([a, b]));
            }
        }

        return Table(codes.Select((c, i) => (c, 900.0 - i, 30.0, 200.0, 1000.0 - i)));
    }
}
