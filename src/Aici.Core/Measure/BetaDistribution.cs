namespace Aici.Core.Measure;

/// <summary>
/// The Beta(a, b) distribution's cumulative probability (the regularised incomplete beta function) and its quantiles,
/// and from them the exact interval of a measured proportion, such as a label's precision or recall
/// (<see cref="LabelAccuracy"/>). Deterministic: the same numbers on every machine.
/// </summary>
public static class BetaDistribution
{
    private const int MaxTerms = 400;
    private const double Tolerance = 1e-15;
    private const double Tiny = 1e-300;

    // Lanczos approximation of the gamma function, g = 7, nine terms
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>P(X ≤ <paramref name="x"/>) for X ~ Beta(<paramref name="a"/>, <paramref name="b"/>).</summary>
    public static double Cdf(double x, double a, double b)
    {
        CheckShapes(a, b);
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "x is not a number");
        }

        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        // x^a (1 - x)^b / B(a, b), then the continued fraction on the side where it converges fast
        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - (front * ContinuedFraction(1 - x, b, a) / b);
    }

    /// <summary>The x with P(X ≤ x) = <paramref name="p"/> for X ~ Beta(<paramref name="a"/>, <paramref name="b"/>), by bisection.</summary>
    public static double Quantile(double p, double a, double b)
    {
        CheckShapes(a, b);
        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), $"a probability lies in [0, 1] (got {p})");
        }

        double low = 0;
        double high = 1;
        for (int i = 0; i < 100 && high - low > 1e-12; i++)
        {
            double mid = (low + high) / 2;
            if (Cdf(mid, a, b) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>
    /// The exact (Clopper–Pearson) interval at <paramref name="level"/> of a proportion seen as
    /// <paramref name="successes"/> of <paramref name="successes"/> + <paramref name="failures"/>: from the
    /// (1 − level) / 2 quantile of Beta(k, n − k + 1) to the (1 + level) / 2 quantile of Beta(k + 1, n − k), and 0 or 1
    /// at the ends. It always holds the proportion itself and covers at least <paramref name="level"/> of the time.
    /// Counts may be pseudo-counts (not whole).
    /// </summary>
    public static Interval ClopperPearson(double successes, double failures, double level = 0.95)
    {
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), $"a level lies in (0, 1) (got {level})");
        }

        if (!(successes >= 0) || !(failures >= 0) || successes + failures <= 0 || double.IsInfinity(successes + failures))
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"counts must be non-negative, finite and not both 0 (got {successes}, {failures})");
        }

        double tail = (1 - level) / 2;
        double low = successes > 0 ? Quantile(tail, successes, failures + 1) : 0;
        double high = failures > 0 ? Quantile(1 - tail, successes + 1, failures) : 1;
        return new Interval(low, high);
    }

    /// <summary>ln Γ(<paramref name="x"/>) for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // reflection: Γ(x) Γ(1 − x) = π / sin(πx)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        double sum = Lanczos[0];
        for (int i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        double t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    // The continued fraction of the incomplete beta function, evaluated by the modified Lentz method.
    private static double ContinuedFraction(double x, double a, double b)
    {
        double c = 1;
        double d = Guard(1 - ((a + b) * x / (a + 1)));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MaxTerms; m++)
        {
            int twice = 2 * m;
            double even = m * (b - m) * x / ((a + twice - 1) * (a + twice));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            result *= d * c;

            double odd = -(a + m) * (a + b + m) * x / ((a + twice) * (a + twice + 1));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            double step = d * c;
            result *= step;
            if (Math.Abs(step - 1) < Tolerance)
            {
                break;
            }
        }

        return result;
    }

    private static double Guard(double value) => Math.Abs(value) < Tiny ? Tiny : value;

    private static void CheckShapes(double a, double b)
    {
        if (!(a > 0) || !(b > 0) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"Beta shapes must be positive and finite (got {a}, {b})");
        }
    }
}
