namespace Aici.Core.Classify.Model;

/// <summary>
/// A linear text model, one logistic regression per label over word and word-pair features: a label's margin is its
/// bias plus the sum of the weights of the paper's features times their values, and its probability the logistic of
/// the margin. Scoring looks each feature id up in one open-addressing table that keeps the feature's 16-bit weights
/// beside its id (<see cref="PackedWeights"/>) and sums them as integers: no allocation. Immutable, so one instance
/// serves every worker.
/// </summary>
public sealed class LinearModel
{
    private readonly float[] _weights;
    private readonly float[] _scales;
    private readonly short[] _quantised;
    private readonly ulong[] _ids;
    private readonly PackedWeights _packed;
    private readonly ModelLabel[] _labels;

    /// <param name="info">What the model is and how it was made.</param>
    /// <param name="labels">The labels, in weight-column order.</param>
    /// <param name="featureIds">The id of each feature row: <see cref="WordHash.OfName"/> of a word, or of two words
    /// joined by a space. The model keeps no names: explanations name a feature by the words of the paper it was
    /// found in.</param>
    /// <param name="weights">Row-major weights: feature row r, label l at r * labels.Count + l. They are kept as 16-bit
    /// integers times a scale per label (<see cref="WeightQuantiser"/>), as model files store them.</param>
    public LinearModel(ModelInfo info, IReadOnlyList<ModelLabel> labels, IReadOnlyList<ulong> featureIds, float[] weights)
        : this(info, labels, featureIds, Quantised.Of(weights, labels))
    {
    }

    /// <summary>A model whose weights are given as 16-bit integers and a scale per label, as a model file holds them.</summary>
    public LinearModel(ModelInfo info, IReadOnlyList<ModelLabel> labels, IReadOnlyList<ulong> featureIds, short[] quantised, float[] scales)
        : this(info, labels, featureIds, new Quantised(quantised, scales))
    {
    }

    private LinearModel(ModelInfo info, IReadOnlyList<ModelLabel> labels, IReadOnlyList<ulong> featureIds, Quantised weights)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(featureIds);
        if (labels.Count == 0)
        {
            throw new ArgumentException("a model needs at least one label", nameof(labels));
        }

        if ((long)featureIds.Count * labels.Count != weights.Values.Length || weights.Scales.Length != labels.Count)
        {
            throw new ArgumentException($"{weights.Values.Length} weights and {weights.Scales.Length} scales for {featureIds.Count} features × {labels.Count} labels", nameof(featureIds));
        }

        Info = info;
        _labels = [.. labels];
        _ids = [.. featureIds];
        _quantised = weights.Values;
        _scales = weights.Scales;
        _weights = WeightQuantiser.Dequantise(_quantised, _scales);
        _packed = new PackedWeights(_ids, _quantised, _labels.Length);
    }

    public ModelInfo Info { get; }

    public IReadOnlyList<ModelLabel> Labels => _labels;

    /// <summary>The id of each feature row.</summary>
    public IReadOnlyList<ulong> FeatureIds => _ids;

    /// <summary>The weights, row-major (feature row × label), as scoring uses them (on the 16-bit grid).</summary>
    public ReadOnlySpan<float> Weights => _weights;

    public int FeatureCount => _ids.Length;

    /// <summary>The weights as stored: 16-bit integers, row-major, each times its label's <see cref="Scales"/>.</summary>
    public ReadOnlySpan<short> QuantisedWeights => _quantised;

    /// <summary>The scale of each label's 16-bit weights.</summary>
    public ReadOnlySpan<float> Scales => _scales;

    /// <summary>The column of label <paramref name="name"/>, or -1.</summary>
    public int LabelIndex(string name)
    {
        for (int l = 0; l < _labels.Length; l++)
        {
            if (string.Equals(_labels[l].Name, name, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>The weight of feature <paramref name="name"/> for label <paramref name="label"/> (0 when unknown).</summary>
    public double Weight(string name, int label)
    {
        ArgumentNullException.ThrowIfNull(name);
        int slot = _packed.Find(WordHash.OfName(name));
        return slot < 0 ? 0 : _weights[(_packed.RowOf(slot) * _labels.Length) + label];
    }

    public static double Sigmoid(double margin) => 1.0 / (1.0 + Math.Exp(-margin));

    /// <summary>
    /// Scores the features of one paper into <paramref name="scores"/>. The scores refer to <paramref name="features"/>
    /// for explanations: refill it only after the last <see cref="TopFeatures"/> call for this paper.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Score(FeatureBuffer features, ModelScores scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(scores);
        int labels = _labels.Length;
        double scale = features.TotalWeight > 0 ? 1.0 / Math.Sqrt(features.TotalWeight) : 0;
        scores.Reset(labels, features.Count, scale);
        Span<long> sums = stackalloc long[labels];
        sums.Clear();
        ReadOnlySpan<ulong> ids = features.Ids;
        ReadOnlySpan<int> counts = features.Counts;
        PackedWeights packed = _packed;
        Span<int> slots = scores.LookupSlots;
        packed.FindAll(ids, slots, scores.LookupKeys);
        scores.Source = features;
        for (int i = 0; i < ids.Length; i++)
        {
            int slot = slots[i];
            if (slot >= 0)
            {
                packed.Add(slot, counts[i], sums);
            }
        }

        Span<double> margins = scores.MutableMargins;
        for (int l = 0; l < labels; l++)
        {
            margins[l] = (sums[l] * (double)_scales[l] * scale) + _labels[l].Bias;
        }
    }

    /// <summary>
    /// The <paramref name="count"/> features that weigh most for (<paramref name="positive"/>) or against label
    /// <paramref name="label"/> in the scored paper: name and contribution to the margin, largest first, ties by name.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> TopFeatures(ModelScores scores, int label, int count, bool positive = true)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ReadOnlySpan<int> slots = scores.Slots;
        ReadOnlySpan<int> counts = scores.Counts;
        double unit = scores.Scale * _scales[label];
        var best = new List<KeyValuePair<string, double>>(count + 1);
        for (int i = 0; i < slots.Length; i++)
        {
            int weight = _packed.Weight(slots[i], label);
            if (positive ? weight <= 0 : weight >= 0)
            {
                continue;
            }

            double contribution = counts[i] * weight * unit;
            string name = scores.NameOf(i);
            if (best.Count == count && !Before(contribution, name, best[^1], positive))
            {
                continue;
            }

            Insert(best, new KeyValuePair<string, double>(name, contribution), count, positive);
        }

        return best;
    }

    private static void Insert(List<KeyValuePair<string, double>> best, KeyValuePair<string, double> item, int count, bool positive)
    {
        int at = best.Count;
        while (at > 0 && Before(item.Value, item.Key, best[at - 1], positive))
        {
            at--;
        }

        if (at >= count)
        {
            return;
        }

        best.Insert(at, item);
        if (best.Count > count)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private static bool Before(double value, string name, KeyValuePair<string, double> other, bool positive)
    {
        double x = positive ? value : -value;
        double y = positive ? other.Value : -other.Value;
        return x > y || (x == y && string.CompareOrdinal(name, other.Key) < 0);
    }

    private readonly record struct Quantised(short[] Values, float[] Scales)
    {
        public static Quantised Of(float[] weights, IReadOnlyList<ModelLabel> labels)
        {
            ArgumentNullException.ThrowIfNull(weights);
            ArgumentNullException.ThrowIfNull(labels);
            float[] scales = WeightQuantiser.Scales(weights, Math.Max(1, labels.Count));
            return new Quantised(WeightQuantiser.Quantise(weights, scales), scales);
        }
    }
}
