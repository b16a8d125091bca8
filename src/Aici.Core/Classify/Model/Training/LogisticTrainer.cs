namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Fits one logistic regression per label over sparse features with AdaGrad stochastic gradient descent and an L2
/// penalty on the weights it touches. Single-threaded with a seeded example order, so the same examples and options
/// give the same weights, bit for bit. A label whose target is unknown (-1) for an example is not trained on it.
/// </summary>
public static class LogisticTrainer
{
    /// <returns>Row-major weights (feature row × label) and one bias per label.</returns>
    public static (float[] Weights, double[] Biases) Train(
        IReadOnlyList<TrainingExample> examples, int features, int labels, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var weights = new double[features * labels];
        var squares = new double[features * labels];
        var biases = new double[labels];
        var biasSquares = new double[labels];
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new SplitMix(options.Seed);
        var margins = new double[labels];
        double rate = options.LearningRate;
        double l2 = options.L2;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order.AsSpan());
            foreach (int e in order)
            {
                Step(examples[e], weights, squares, biases, biasSquares, labels, margins, rate, l2);
            }
        }

        var result = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            result[i] = (float)weights[i];
        }

        return (result, biases);
    }

    // One AdaGrad step on every label whose target is known: margins in one pass over the features, updates in another.
    private static void Step(
        TrainingExample example, double[] weights, double[] squares, double[] biases, double[] biasSquares,
        int labels, double[] margins, double rate, double l2)
    {
        int[] rows = example.Rows;
        float[] values = example.Values;
        sbyte[] targets = example.Targets;
        Array.Copy(biases, margins, labels);
        for (int i = 0; i < rows.Length; i++)
        {
            int at = rows[i] * labels;
            double value = values[i];
            for (int l = 0; l < labels; l++)
            {
                margins[l] += value * weights[at + l];
            }
        }

        for (int l = 0; l < labels; l++)
        {
            // the gradient of the log loss with respect to the margin; 0 where the target is unknown
            margins[l] = targets[l] < 0 ? 0 : LinearModel.Sigmoid(margins[l]) - targets[l];
            if (targets[l] >= 0)
            {
                biasSquares[l] += margins[l] * margins[l];
                biases[l] -= rate * margins[l] / (Math.Sqrt(biasSquares[l]) + 1e-8);
            }
        }

        for (int i = 0; i < rows.Length; i++)
        {
            int at = rows[i] * labels;
            double value = values[i];
            for (int l = 0; l < labels; l++)
            {
                if (targets[l] < 0)
                {
                    continue;
                }

                double grad = (margins[l] * value) + (l2 * weights[at + l]);
                squares[at + l] += grad * grad;
                weights[at + l] -= rate * grad / (Math.Sqrt(squares[at + l]) + 1e-8);
            }
        }
    }
}
