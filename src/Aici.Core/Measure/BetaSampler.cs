namespace Aici.Core.Measure;

/// <summary>
/// Draws from Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) (Marsaglia and Tsang 2000; for a shape below 1,
/// Gamma(a + 1) · U^(1/a)), from a seeded <see cref="SplitMix64"/>, so draws are the same on every machine.
/// </summary>
internal struct BetaSampler
{
    private SplitMix64 _random;

    public BetaSampler(ulong seed)
    {
        _random = new SplitMix64(seed);
    }

    public double Next(double a, double b)
    {
        double x = Gamma(a);
        double y = Gamma(b);
        return x / (x + y);
    }

    private double Gamma(double shape)
    {
        if (shape < 1)
        {
            return Gamma(shape + 1) * Math.Pow(Uniform(), 1 / shape);
        }

        double d = shape - (1.0 / 3);
        double c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z;
            double v;
            do
            {
                z = Normal();
                v = 1 + (c * z);
            }
            while (v <= 0);

            v = v * v * v;
            double u = Uniform();
            if (Math.Log(u) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    /// <summary>A uniform double in (0, 1].</summary>
    private double Uniform() => ((_random.Next() >> 11) + 1) * (1.0 / (1UL << 53));

    private double Normal() => Math.Sqrt(-2 * Math.Log(Uniform())) * Math.Cos(2 * Math.PI * Uniform());
}
