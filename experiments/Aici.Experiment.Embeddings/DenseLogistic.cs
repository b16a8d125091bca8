namespace Aici.Experiment.Embeddings;

/// <summary>
/// Logistic regression over dense features, standardised on the training rows, fitted by full-batch gradient descent
/// with Adam (fixed steps, no randomness: the same rows give the same weights).
/// </summary>
internal sealed class DenseLogistic
{
    private const int Steps = 300;
    private const double Rate = 0.05;

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;
    private double _bias;

    private DenseLogistic(int dimensions)
    {
        _mean = new double[dimensions];
        _scale = new double[dimensions];
        _weights = new double[dimensions];
    }

    /// <summary>Fits the rows' features to their 0/1 targets with L2 penalty <paramref name="l2"/> (per row).</summary>
    public static DenseLogistic Fit(IReadOnlyList<float[]> rows, IReadOnlyList<bool> targets, double l2)
    {
        int n = rows.Count;
        int d = rows[0].Length;
        var model = new DenseLogistic(d);
        foreach (float[] row in rows)
        {
            for (int j = 0; j < d; j++)
            {
                model._mean[j] += row[j];
            }
        }

        for (int j = 0; j < d; j++)
        {
            model._mean[j] /= n;
        }

        foreach (float[] row in rows)
        {
            for (int j = 0; j < d; j++)
            {
                double centred = row[j] - model._mean[j];
                model._scale[j] += centred * centred;
            }
        }

        for (int j = 0; j < d; j++)
        {
            double sd = Math.Sqrt(model._scale[j] / n);
            model._scale[j] = sd > 1e-12 ? 1 / sd : 0;
        }

        double[][] x = [.. rows.Select(model.Standardise)];
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        double[] gradient = new double[d + 1];
        const double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        for (int step = 1; step <= Steps; step++)
        {
            Array.Clear(gradient);
            for (int i = 0; i < n; i++)
            {
                double error = Sigmoid(model.Margin(x[i])) - (targets[i] ? 1 : 0);
                double[] xi = x[i];
                for (int j = 0; j < d; j++)
                {
                    gradient[j] += error * xi[j];
                }

                gradient[d] += error;
            }

            for (int j = 0; j <= d; j++)
            {
                double g = (gradient[j] / n) + (j < d ? l2 * model._weights[j] : 0);
                m[j] = (beta1 * m[j]) + ((1 - beta1) * g);
                v[j] = (beta2 * v[j]) + ((1 - beta2) * g * g);
                double mHat = m[j] / (1 - Math.Pow(beta1, step));
                double vHat = v[j] / (1 - Math.Pow(beta2, step));
                double change = Rate * mHat / (Math.Sqrt(vHat) + epsilon);
                if (j < d)
                {
                    model._weights[j] -= change;
                }
                else
                {
                    model._bias -= change;
                }
            }
        }

        return model;
    }

    public double Probability(float[] row) => Sigmoid(Margin(Standardise(row)));

    private double[] Standardise(float[] row)
    {
        double[] x = new double[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            x[j] = (row[j] - _mean[j]) * _scale[j];
        }

        return x;
    }

    private double Margin(double[] x)
    {
        double sum = _bias;
        for (int j = 0; j < x.Length; j++)
        {
            sum += _weights[j] * x[j];
        }

        return sum;
    }

    private static double Sigmoid(double margin) => 1 / (1 + Math.Exp(-margin));
}
