using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Report.Tests;

/// <summary>
/// Indicator results measured on invented papers: each country gets papers per year that grow at its own rate, with
/// GANs, style transfer and modalities at its own rates, a few papers shared with the US, and a second AI definition
/// that drops some papers, so that every section of the report has something to show.
/// </summary>
internal static class SampleIndicators
{
    public static IndicatorResults Realistic(int countries = 30, int replicates = 60, double scale = 0.25)
    {
        string[] codes = countries <= SampleReports.Countries.Length
            ? [.. SampleReports.Countries.Take(countries).Select(c => c.Code)]
            : [.. SampleReports.ManyCountries(countries).Rows.Select(r => r.Country)];
        List<MeasuredPaper> papers = Papers(codes, scale);
        var settings = new IndicatorSettings();
        IndicatorSet set = IndicatorSet.Measure(papers, settings, replicates > 0 ? new Bootstrap(replicates, 42) : null);
        MeasuredPaper[] strict = [.. papers.Select((p, i) => i % 7 == 3 ? p with { IsAi = false } : p)];
        MeasuredPaper[] broad = [.. papers.Select((p, i) => i % 11 == 5 && p.Countries.Any(c => c.Country.Value == "DE") ? p with { Modalities = Modalities.Image } : p)];
        SensitivityTable sensitivity = SensitivityTable.Measure(
            [new("categories", papers), new("vocabulary", strict), new("combined", broad)], settings.Years, settings.Counting);
        return new IndicatorResults(set, sensitivity)
        {
            Evaluation = [new LabelAccuracy("ai", 180, 20, 25), new LabelAccuracy("gan", 45, 5, 9), new LabelAccuracy("style_transfer", 30, 6, 4)],
        };
    }

    public static List<MeasuredPaper> Papers(IReadOnlyList<string> codes, double scale)
    {
        var random = new Random(2020);
        var papers = new List<MeasuredPaper>();
        for (int c = 0; c < codes.Count; c++)
        {
            double size = Math.Max(2, 900 * scale / (1 + c));
            double growth = 1.05 + (0.07 * (c % 5));
            double gan = 0.04 + (0.02 * (c % 4));
            double style = 0.02 + (0.015 * ((c + 1) % 3));
            for (int year = 2014; year <= 2020; year++)
            {
                int count = (int)Math.Round(size * Math.Pow(growth, year - 2014));
                for (int k = 0; k < count; k++)
                {
                    Modalities modalities = Modalities.None;
                    modalities |= random.NextDouble() < 0.6 ? Modalities.Image : Modalities.None;
                    modalities |= random.NextDouble() < 0.06 ? Modalities.Sound : Modalities.None;
                    modalities |= random.NextDouble() < 0.25 ? Modalities.Text : Modalities.None;
                    var labels = new HashSet<string>(StringComparer.Ordinal);
                    if (random.NextDouble() < gan)
                    {
                        labels.Add("gan");
                    }

                    if (random.NextDouble() < style)
                    {
                        labels.Add("style_transfer");
                    }

                    if (random.NextDouble() < 0.05)
                    {
                        labels.Add("diffusion");
                    }

                    List<CountryShare> shares = codes[c] != "US" && random.NextDouble() < 0.1
                        ? [new(new CountryCode(codes[c]), 0.5), new(new CountryCode("US"), 0.5)]
                        : [new(new CountryCode(codes[c]), 1)];
                    papers.Add(new MeasuredPaper($"{codes[c]}-{year}-{k}", year, true, modalities, shares) { Labels = labels });
                }
            }
        }

        return papers;
    }

    public static ReportModel Model(IndicatorResults results, bool illustrative = true) =>
        SampleReports.Model(results.Set.Table, illustrative, SampleReports.Diagnostics(12), 12) with { Indicators = results };
}
