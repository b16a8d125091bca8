namespace Aici.Core.Measure;

/// <summary>
/// RCA of every country with at least <c>minimum</c> AI papers in each label asked for (techniques such as "gan" and
/// "style_transfer", or modalities), over the AI papers in a year window. Sorted by label, then RCA descending, then code.
/// </summary>
public static class Specialisation
{
    public static IReadOnlyList<SpecialisationRow> Measure(
        IEnumerable<MeasuredPaper> papers, IReadOnlyList<string> labels, YearRange years, Counting counting, double minimum)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(labels);
        var countryAi = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var countryLabel = new Dictionary<(string, int), double>();
        double worldAi = 0;
        double[] worldLabel = new double[labels.Count];
        foreach (MeasuredPaper paper in papers)
        {
            if (!paper.IsAi || !years.Contains(paper.Year) || paper.Countries.Count == 0)
            {
                continue;
            }

            double world = paper.WorldWeight(counting);
            worldAi += world;
            for (int l = 0; l < labels.Count; l++)
            {
                if (paper.Has(labels[l]))
                {
                    worldLabel[l] += world;
                }
            }

            foreach (CountryShare share in paper.Countries)
            {
                double weight = share.Under(counting);
                countryAi[share.Country.Value] = countryAi.GetValueOrDefault(share.Country.Value) + weight;
                for (int l = 0; l < labels.Count; l++)
                {
                    if (paper.Has(labels[l]))
                    {
                        countryLabel[(share.Country.Value, l)] = countryLabel.GetValueOrDefault((share.Country.Value, l)) + weight;
                    }
                }
            }
        }

        var rows = new List<SpecialisationRow>();
        for (int l = 0; l < labels.Count; l++)
        {
            foreach ((string country, double ai) in countryAi)
            {
                if (ai >= minimum)
                {
                    rows.Add(new SpecialisationRow(country, labels[l], countryLabel.GetValueOrDefault((country, l)), ai, worldLabel[l], worldAi));
                }
            }
        }

        return [.. rows
            .OrderBy(r => labels.IndexOf(r.Label))
            .ThenByDescending(r => r.Rca)
            .ThenBy(r => r.Country, StringComparer.Ordinal)];
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
