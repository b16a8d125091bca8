namespace Aici.Core.Classify.Model;

/// <summary>
/// A linear text model, one logistic regression per label over word and word-pair features: a label's margin is its
/// bias plus the sum of the weights of the paper's features times their values, and its probability the logistic of
/// the margin. Scoring looks each feature id up in a perfect-hash table that keeps the feature's
/// 16-bit weights beside its id (<see cref="PackedWeights"/>) and sums them as integers: no allocation. Immutable, so one instance
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
        int row = _packed.Find(WordHash.OfName(name));
        return row < 0 ? 0 : _weights[(_packed.ModelRow(row) * _labels.Length) + label];
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
        _packed.Sum(features.Ids, features.Counts, features.TotalWeight, scores.LookupRows, sums);
        scores.Source = features;

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
        if (count <= 0)
        {
            return [];
        }

        ReadOnlySpan<int> rows = scores.Rows;
        ReadOnlySpan<int> counts = scores.Counts;
        double unit = scores.Scale * _scales[label];

        // A contribution is count × 16-bit weight × unit, and unit is the same positive number for every feature, so
        // the features are ranked by the integer count × weight (negated against the label), which orders them exactly
        // as their contributions; only features with a positive value qualify. The best so far, in order; a feature is
        // named only when it is kept, or to break a tie.
        Span<long> values = count <= 16 ? stackalloc long[count] : new long[count];
        Span<int> features = count <= 16 ? stackalloc int[count] : new int[count];
        int kept = 0;
        long least = 1;
        long sign = positive ? 1 : -1;
        for (int i = 0; i < rows.Length; i++)
        {
            long value = sign * counts[i] * _packed.Weight(rows[i], label);
            if (value < least || (kept == count && value == least && scores.CompareNames(i, features[kept - 1]) >= 0))
            {
                continue;
            }

            int at = kept == count ? count - 1 : kept++;
            while (at > 0 && (value > values[at - 1] || (value == values[at - 1] && scores.CompareNames(i, features[at - 1]) < 0)))
            {
                values[at] = values[at - 1];
                features[at] = features[at - 1];
                at--;
            }

            values[at] = value;
            features[at] = i;
            if (kept == count)
            {
                least = values[count - 1];
            }
        }

        var best = new KeyValuePair<string, double>[kept];
        for (int k = 0; k < kept; k++)
        {
            best[k] = new KeyValuePair<string, double>(scores.NameOf(features[k]), sign * values[k] * unit);
        }

        return best;
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
