namespace Aici.Core.Classify.Vocabulary;

/// <summary>A square sparse matrix in compressed rows, with the two products randomized SVD needs.</summary>
internal sealed class SparseMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _columns;
    private readonly double[] _values;

    public SparseMatrix(int size, int[] rowStarts, int[] columns, double[] values)
    {
        Size = size;
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
    }

    public int Size { get; }

    /// <summary>A · X for X of <see cref="Size"/> rows and <paramref name="width"/> columns, row-major.</summary>
    public double[] Times(double[] x, int width)
    {
        var result = new double[Size * width];
        for (int i = 0; i < Size; i++)
        {
            for (int k = _rowStarts[i]; k < _rowStarts[i + 1]; k++)
            {
                double a = _values[k];
                int from = _columns[k] * width;
                int to = i * width;
                for (int c = 0; c < width; c++)
                {
                    result[to + c] += a * x[from + c];
                }
            }
        }

        return result;
    }

    /// <summary>Aᵀ · X for X of <see cref="Size"/> rows and <paramref name="width"/> columns, row-major.</summary>
    public double[] TransposeTimes(double[] x, int width)
    {
        var result = new double[Size * width];
        for (int i = 0; i < Size; i++)
        {
            for (int k = _rowStarts[i]; k < _rowStarts[i + 1]; k++)
            {
                double a = _values[k];
                int to = _columns[k] * width;
                int from = i * width;
                for (int c = 0; c < width; c++)
                {
                    result[to + c] += a * x[from + c];
                }
            }
        }

        return result;
    }
}
