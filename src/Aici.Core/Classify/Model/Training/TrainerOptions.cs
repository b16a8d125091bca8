using System.Globalization;

namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Parameters of <see cref="LogisticTrainer"/>: passes over the data, AdaGrad's base learning rate, the L2 penalty
/// and the seed of the example order.
/// </summary>
public sealed record TrainerOptions(int Epochs = 12, double LearningRate = 0.5, double L2 = 1e-6, ulong Seed = 20260101)
{
    public static TrainerOptions Default { get; } = new();

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"one-vs-rest logistic regression, AdaGrad, {Epochs} epochs, learning rate {LearningRate}, L2 {L2}, seed {Seed}");
}
