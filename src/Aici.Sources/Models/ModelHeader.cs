using Aici.Core.Classify.Model;

namespace Aici.Sources.Models;

/// <summary>A parsed model header: what the model is, its labels, and the weights file it names.</summary>
internal sealed record ModelHeader(ModelInfo Info, IReadOnlyList<ModelLabel> Labels, string WeightsFile, string WeightsSha256);
