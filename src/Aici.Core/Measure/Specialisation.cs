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
        // every sum takes its additions in reading order (the bootstrap's PreparedPapers repeats them to the bit)
        var countryAi = new Dictionary<string, double>(StringComparer.Ordinal);
        var countryLabel = new Dictionary<string, double[]>(StringComparer.Ordinal);
        double worldAi = 0;
        double[] worldLabel = new double[labels.Count];
        var lookup = new LabelLookup(labels);
        Span<int> present = labels.Count <= 256 ? stackalloc int[labels.Count] : new int[labels.Count];
        foreach (MeasuredPaper paper in papers)
        {
            if (!paper.IsAi || !years.Contains(paper.Year) || paper.Countries.Count == 0)
            {
                continue;
            }

            ReadOnlySpan<int> carried = present[..lookup.Present(paper, present)];
            double world = paper.WorldWeight(counting);
            worldAi += world;
            foreach (int l in carried)
            {
                worldLabel[l] += world;
            }

            foreach (CountryShare share in paper.Countries)
            {
                double weight = share.Under(counting);
                string country = share.Country.Value;
                countryAi[country] = countryAi.GetValueOrDefault(country) + weight;
                if (!countryLabel.TryGetValue(country, out double[]? sums))
                {
                    sums = new double[labels.Count];
                    countryLabel.Add(country, sums);
                }

                foreach (int l in carried)
                {
                    sums[l] += weight;
                }
            }
        }

        string[] countries = [.. countryAi.Keys.Order(StringComparer.Ordinal)];
        var rows = new List<SpecialisationRow>();
        for (int l = 0; l < labels.Count; l++)
        {
            foreach (string country in countries)
            {
                double ai = countryAi[country];
                if (ai >= minimum)
                {
                    rows.Add(new SpecialisationRow(country, labels[l], countryLabel[country][l], ai, worldLabel[l], worldAi));
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
