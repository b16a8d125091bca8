using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class SpecialisationTests
{
    private static readonly string[] Labels = ["gan", "image", "sound", "style_transfer", "text", "diffusion"];

    /// <summary>The definition, read off <see cref="MeasuredPaper.Has"/> paper by paper and share by share.</summary>
    private static List<SpecialisationRow> ByDefinition(IReadOnlyList<MeasuredPaper> papers, Counting counting, double minimum)
    {
        var countryAi = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var countryLabel = new Dictionary<(string, string), double>();
        var worldLabel = Labels.ToDictionary(l => l, _ => 0.0);
        double worldAi = 0;
        foreach (MeasuredPaper paper in papers.Where(p => p.IsAi && p.Countries.Count > 0))
        {
            worldAi += paper.WorldWeight(counting);
            foreach (string label in Labels.Where(paper.Has))
            {
                worldLabel[label] += paper.WorldWeight(counting);
            }

            foreach (CountryShare share in paper.Countries)
            {
                countryAi[share.Country.Value] = countryAi.GetValueOrDefault(share.Country.Value) + share.Under(counting);
                foreach (string label in Labels.Where(paper.Has))
                {
                    countryLabel[(share.Country.Value, label)] = countryLabel.GetValueOrDefault((share.Country.Value, label)) + share.Under(counting);
                }
            }
        }

        return [.. Labels.SelectMany(label => countryAi.Where(c => c.Value >= minimum).Select(c =>
                new SpecialisationRow(c.Key, label, countryLabel.GetValueOrDefault((c.Key, label)), c.Value, worldLabel[label], worldAi)))
            .OrderBy(r => Array.IndexOf(Labels, r.Label)).ThenByDescending(r => r.Rca).ThenBy(r => r.Country, StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData(Counting.Whole)]
    [InlineData(Counting.Fractional)]
    public void Rca_sums_match_the_definition_over_shared_label_sets_and_modality_flags(Counting counting)
    {
        var random = new Random(20261125);
        string[] countries = ["CN", "DE", "FR", "GB", "JP", "US"];

        // a few label sets shared by many works (as the store hands them out), and some of each work's own
        IReadOnlySet<string>[] shared = [new HashSet<string>(), new HashSet<string> { "gan" }, new HashSet<string> { "image", "style_transfer" }, new HashSet<string> { "text", "diffusion", "ai" }];
        var papers = new List<MeasuredPaper>();
        for (int i = 0; i < 2_000; i++)
        {
            IReadOnlySet<string> labels = random.Next(4) == 0
                ? Labels.Where(_ => random.Next(3) == 0).ToHashSet(StringComparer.Ordinal)
                : shared[random.Next(shared.Length)];
            var modalities = (Modalities)random.Next(8);
            string[] located = [.. countries.Where(_ => random.Next(4) == 0)];
            CountryShare[] shares = [.. located.Select(c => new CountryShare(new CountryCode(c), 1.0 / located.Length))];
            papers.Add(new MeasuredPaper($"w{i}", 2019, random.Next(5) > 0, modalities, shares) { Labels = labels });
        }

        Assert.Equal(ByDefinition(papers, counting, 5), Specialisation.Measure(papers, Labels, YearRange.All, counting, 5));
        Assert.Contains(Specialisation.Measure(papers, Labels, YearRange.All, counting, 5), r => r.Label == "sound" && r.CountryLabel > 0);
    }
}
