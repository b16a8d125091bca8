namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Platt scaling: the a and b that make σ(a·margin + b) a probability of the gold over scored examples (weighted
/// logistic regression in one variable, by Newton's method, with a small ridge so that separable examples converge).
/// A linear model's margin scaled so stays a linear model (weights × a, bias × a + b) and ranks papers as before:
/// used to give a confirming model probabilities that mean "of the papers whose phrases match".
/// </summary>
public static class PlattScaling
{
    private const double Ridge = 1e-3;

    /// <returns>(a, b), or (1, 0) when the examples cannot fix them (no positive or no negative, or a ≤ 0).</returns>
    public static (double A, double B) Fit(IReadOnlyList<(double Margin, bool Gold, double Weight)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        if (!scored.Any(s => s.Gold) || scored.All(s => s.Gold))
        {
            return (1, 0);
        }

        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            // gradient and Hessian of the weighted log loss plus Ridge/2 × ((a − 1)² + b²)
            double ga = Ridge * (a - 1);
            double gb = Ridge * b;
            double haa = Ridge;
            double hab = 0;
            double hbb = Ridge;
            foreach ((double m, bool gold, double w) in scored)
            {
                double p = LinearModel.Sigmoid((a * m) + b);
                double r = w * (p - (gold ? 1 : 0));
                double v = w * p * (1 - p);
                ga += r * m;
                gb += r;
                haa += v * m * m;
                hab += v * m;
                hbb += v;
            }

            double det = (haa * hbb) - (hab * hab);
            if (!(det > 0))
            {
                break;
            }

            double da = ((hbb * ga) - (hab * gb)) / det;
            double db = ((haa * gb) - (hab * ga)) / det;

            // a Newton step, halved until the loss falls (a full step can overshoot far from the optimum)
            double before = Loss(scored, a, b);
            double step = 1;
            while (step > 1e-6 && !(Loss(scored, a - (step * da), b - (step * db)) <= before))
            {
                step /= 2;
            }

            a -= step * da;
            b -= step * db;
            if (step * (Math.Abs(da) + Math.Abs(db)) < 1e-10)
            {
                break;
            }
        }

        return a > 0 && double.IsFinite(a) && double.IsFinite(b) ? (a, b) : (1, 0);
    }

    // the weighted log loss plus the ridge, computed stably: log(1 + e^z) − y·z
    private static double Loss(IReadOnlyList<(double Margin, bool Gold, double Weight)> scored, double a, double b)
    {
        double loss = Ridge / 2 * (((a - 1) * (a - 1)) + (b * b));
        foreach ((double m, bool gold, double w) in scored)
        {
            double z = (a * m) + b;
            double softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            loss += w * (softplus - (gold ? z : 0));
        }

        return loss;
    }

    /// <summary>The margin of probability <paramref name="p"/>.</summary>
    public static double Logit(double p) => Math.Log(p / (1 - p));
}
