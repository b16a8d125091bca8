namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The leading singular vectors of a sparse matrix by randomized range finding with power iterations (Halko,
/// Martinsson and Tropp 2011): deterministic for a given seed, pure managed code.
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Rows of U·Σ^½ (n × <paramref name="rank"/>, row-major): the word vectors of an SVD-of-PPMI space.</summary>
    public static double[] Embed(SparseMatrix a, int rank, int oversample = 10, int iterations = 3, int seed = 2020)
    {
        int n = a.Size;
        int width = Math.Min(n, rank + oversample);
        rank = Math.Min(rank, width);
        var random = new Random(seed);
        var omega = new double[n * width];
        for (int i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }

        double[] y = a.Times(omega, width);
        for (int q = 0; q < iterations; q++)
        {
            Orthonormalize(y, n, width);
            double[] z = a.TransposeTimes(y, width);
            Orthonormalize(z, n, width);
            y = a.Times(z, width);
        }

        Orthonormalize(y, n, width);
        double[] bt = a.TransposeTimes(y, width); // Bᵀ = Aᵀ Q, n × width
        var gram = new double[width * width]; // B Bᵀ
        for (int r = 0; r < n; r++)
        {
            int row = r * width;
            for (int i = 0; i < width; i++)
            {
                double v = bt[row + i];
                if (v == 0)
                {
                    continue;
                }

                for (int j = i; j < width; j++)
                {
                    gram[(i * width) + j] += v * bt[row + j];
                }
            }
        }

        for (int i = 0; i < width; i++)
        {
            for (int j = 0; j < i; j++)
            {
                gram[(i * width) + j] = gram[(j * width) + i];
            }
        }

        (double[] values, double[] vectors) = JacobiEigen(gram, width);
        int[] order = [.. Enumerable.Range(0, width).OrderByDescending(i => values[i]).ThenBy(i => i).Take(rank)];
        var embedding = new double[n * rank];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < rank; c++)
            {
                int e = order[c];
                double sum = 0;
                for (int k = 0; k < width; k++)
                {
                    sum += y[(r * width) + k] * vectors[(k * width) + e];
                }

                // U · Σ^½ with σ = √λ
                embedding[(r * rank) + c] = sum * Math.Sqrt(Math.Sqrt(Math.Max(0, values[e])));
            }
        }

        return embedding;
    }

    // Modified Gram–Schmidt on the columns of an n × width row-major matrix; a vanishing column becomes zero.
    private static void Orthonormalize(double[] m, int n, int width)
    {
        for (int c = 0; c < width; c++)
        {
            for (int p = 0; p < c; p++)
            {
                double dot = 0;
                for (int r = 0; r < n; r++)
                {
                    dot += m[(r * width) + c] * m[(r * width) + p];
                }

                for (int r = 0; r < n; r++)
                {
                    m[(r * width) + c] -= dot * m[(r * width) + p];
                }
            }

            double norm = 0;
            for (int r = 0; r < n; r++)
            {
                norm += m[(r * width) + c] * m[(r * width) + c];
            }

            norm = Math.Sqrt(norm);
            for (int r = 0; r < n; r++)
            {
                m[(r * width) + c] = norm > 1e-12 ? m[(r * width) + c] / norm : 0;
            }
        }
    }

    // Cyclic Jacobi for a symmetric matrix: eigenvalues and eigenvectors (columns of the row-major result).
    private static (double[] Values, double[] Vectors) JacobiEigen(double[] matrix, int n)
    {
        double[] a = [.. matrix];
        var v = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    off += a[(i * n) + j] * a[(i * n) + j];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[(p * n) + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    double theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    double c = 1 / Math.Sqrt((t * t) + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[(k * n) + p];
                        double akq = a[(k * n) + q];
                        a[(k * n) + p] = (c * akp) - (s * akq);
                        a[(k * n) + q] = (s * akp) + (c * akq);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[(p * n) + k];
                        double aqk = a[(q * n) + k];
                        a[(p * n) + k] = (c * apk) - (s * aqk);
                        a[(q * n) + k] = (s * apk) + (c * aqk);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[(k * n) + p];
                        double vkq = v[(k * n) + q];
                        v[(k * n) + p] = (c * vkp) - (s * vkq);
                        v[(k * n) + q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        return ([.. Enumerable.Range(0, n).Select(i => a[(i * n) + i])], v);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
