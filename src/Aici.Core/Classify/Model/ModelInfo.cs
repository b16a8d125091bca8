namespace Aici.Core.Classify.Model;

/// <summary>
/// What a model is and how it was made: name and version (recorded in run manifests), the date of training, the
/// feature settings, the training data (files and hashes), how the data was split and how the weights were fitted.
/// </summary>
public sealed record ModelInfo(string Name, string Version, DateOnly Trained, FeatureSettings Features)
{
    public IReadOnlyList<TrainingFile> TrainingData { get; init; } = [];

    /// <summary>How records were split into training and held-out parts.</summary>
    public string Split { get; init; } = "";

    /// <summary>The algorithm and its parameters.</summary>
    public string Training { get; init; } = "";

    /// <summary>"research 2026.1.0".</summary>
    public override string ToString() => $"{Name} {Version}";
}
