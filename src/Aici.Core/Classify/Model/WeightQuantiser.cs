namespace Aici.Core.Classify.Model;

/// <summary>
/// Model weights as 16-bit integers with one scale per label (weight = integer × scale), as model files store them.
/// <see cref="Round"/> puts trained weights on that grid, so a model in memory and the same model read back from its
/// file score every paper identically.
/// </summary>
public static class WeightQuantiser
{
    private const float Levels = short.MaxValue;

    /// <summary>The scale of each label: its largest absolute weight / 32767 (1 when all are 0).</summary>
    public static float[] Scales(ReadOnlySpan<float> weights, int labels)
    {
        var scales = new float[labels];
        for (int i = 0; i < weights.Length; i++)
        {
            int l = i % labels;
            scales[l] = Math.Max(scales[l], Math.Abs(weights[i]));
        }

        for (int l = 0; l < labels; l++)
        {
            scales[l] = scales[l] > 0 ? scales[l] / Levels : 1f;
        }

        return scales;
    }

    public static short[] Quantise(ReadOnlySpan<float> weights, float[] scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var q = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            q[i] = (short)Math.Clamp(MathF.Round(weights[i] / scales[i % scales.Length]), -Levels, Levels);
        }

        return q;
    }

    public static float[] Dequantise(ReadOnlySpan<short> q, float[] scales)
    {
        ArgumentNullException.ThrowIfNull(scales);
        var weights = new float[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            weights[i] = q[i] * scales[i % scales.Length];
        }

        return weights;
    }

    /// <summary>The weights rounded to the 16-bit grid of their label.</summary>
    public static float[] Round(ReadOnlySpan<float> weights, int labels)
    {
        float[] scales = Scales(weights, labels);
        return Dequantise(Quantise(weights, scales), scales);
    }
}
