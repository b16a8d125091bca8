namespace Aici.Core.Measure;

/// <summary>
/// A list of papers read once into flat arrays for <see cref="IndicatorStatistic"/>: each paper's flags, year, weights,
/// country numbers and label numbers, so that a bootstrap sample of them is summed without a dictionary or a string.
/// Immutable once built; <see cref="TrySum"/> is thread-safe.
/// </summary>
internal sealed class PreparedPapers
{
    private readonly Dictionary<MeasuredPaper, int> _number = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _countryNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _labelNumbers = new(StringComparer.Ordinal);
    private readonly bool[] _counted;
    private readonly bool[] _inWindow;
    private readonly bool[] _hasModality;
    private readonly int[] _year;
    private readonly double[] _tableTotal;
    private readonly double[] _worldWeight;
    private readonly int[] _shareStart;
    private readonly int[] _labelStart;
    private readonly List<int> _shareCountry = [];
    private readonly List<double> _shareWeight = [];
    private readonly List<int> _labelNumber = [];
    private readonly int _from;
    private readonly int _to;

    public PreparedPapers(IReadOnlyList<MeasuredPaper> papers, IndicatorSettings settings)
    {
        int n = papers.Count;
        _counted = new bool[n];
        _inWindow = new bool[n];
        _hasModality = new bool[n];
        _year = new int[n];
        _tableTotal = new double[n];
        _worldWeight = new double[n];
        _shareStart = new int[n + 1];
        _labelStart = new int[n + 1];
        _from = settings.GrowthFrom;
        _to = settings.GrowthTo;
        Labels = settings.Labels.Count;
        for (int l = settings.Labels.Count - 1; l >= 0; l--)
        {
            _labelNumbers[settings.Labels[l]] = l;
        }

        var lookup = new LabelLookup(settings.Labels);
        Span<int> present = new int[settings.Labels.Count];
        Counting counting = settings.Counting;
        for (int i = 0; i < n; i++)
        {
            MeasuredPaper paper = papers[i];
            _number.TryAdd(paper, i);
            _counted[i] = paper.IsAi && paper.Countries.Count > 0;
            _inWindow[i] = settings.Years.Contains(paper.Year);
            _hasModality[i] = paper.Modalities != Modalities.None;
            _year[i] = paper.Year ?? int.MinValue;

            // each weight as the measure it stands in for computes it
            _tableTotal[i] = counting == Counting.Whole ? 1 : paper.Countries.Sum(c => c.Weight);
            _worldWeight[i] = paper.WorldWeight(counting);
            foreach (CountryShare share in paper.Countries)
            {
                if (!_countryNumbers.TryGetValue(share.Country.Value, out int country))
                {
                    country = _countryNumbers.Count;
                    _countryNumbers.Add(share.Country.Value, country);
                }

                _shareCountry.Add(country);
                _shareWeight.Add(share.Under(counting));
            }

            _shareStart[i + 1] = _shareCountry.Count;
            foreach (int label in present[..lookup.Present(paper, present)])
            {
                _labelNumber.Add(label);
            }

            _labelStart[i + 1] = _labelNumber.Count;
        }
    }

    /// <summary>How many labels RCA is measured in.</summary>
    public int Labels { get; }

    public int? CountryNumber(string country) => _countryNumbers.TryGetValue(country, out int n) ? n : null;

    public int LabelNumber(string label) => _labelNumbers.TryGetValue(label, out int l) ? l : -1;

    /// <summary>The sums of <paramref name="sample"/>, or false when it holds a paper not prepared here.</summary>
    public bool TrySum(IReadOnlyList<MeasuredPaper> sample, out Sums sums)
    {
        int countries = _countryNumbers.Count;
        sums = new Sums(countries, Labels);
        foreach (MeasuredPaper paper in sample)
        {
            if (!_number.TryGetValue(paper, out int i))
            {
                return false;
            }

            if (!_counted[i])
            {
                continue;
            }

            int from = _shareStart[i];
            int to = _shareStart[i + 1];

            // CountryModalityTable: AI papers of the window, "any" when the paper has a modality
            if (_inWindow[i] && _hasModality[i])
            {
                sums.WorldAny += _tableTotal[i];
                for (int s = from; s < to; s++)
                {
                    sums.Any[_shareCountry[s]] += _shareWeight[s];
                }
            }

            // YearlyCounts: every year, of which growth reads two
            if (_year[i] == _from || _year[i] == _to)
            {
                bool start = _year[i] == _from;
                if (start)
                {
                    sums.WorldFrom += _worldWeight[i];
                }
                else
                {
                    sums.WorldTo += _worldWeight[i];
                }

                double[] years = start ? sums.From : sums.To;
                for (int s = from; s < to; s++)
                {
                    years[_shareCountry[s]] += _shareWeight[s];
                }
            }

            // Specialisation: AI papers of the window, by label
            if (_inWindow[i])
            {
                double world = _worldWeight[i];
                sums.WorldAi += world;
                for (int k = _labelStart[i]; k < _labelStart[i + 1]; k++)
                {
                    sums.WorldLabel[_labelNumber[k]] += world;
                }

                for (int s = from; s < to; s++)
                {
                    int country = _shareCountry[s];
                    double weight = _shareWeight[s];
                    sums.CountryAi[country] += weight;
                    for (int k = _labelStart[i]; k < _labelStart[i + 1]; k++)
                    {
                        sums.CountryLabel[(country * Labels) + _labelNumber[k]] += weight;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>One sample's sums, by country number and label number.</summary>
    internal sealed class Sums(int countries, int labels)
    {
        public double WorldAny { get; set; }

        public double[] Any { get; } = new double[countries];

        public double WorldFrom { get; set; }

        public double WorldTo { get; set; }

        public double[] From { get; } = new double[countries];

        public double[] To { get; } = new double[countries];

        public double WorldAi { get; set; }

        public double[] WorldLabel { get; } = new double[labels];

        public double[] CountryAi { get; } = new double[countries];

        public double[] CountryLabel { get; } = new double[countries * labels];
    }
}
