namespace Aici.Core.Classify.Model;

/// <summary>A file a model was trained from: its name, SHA-256, the records in it and those used for training.</summary>
public sealed record TrainingFile(string Name, string Sha256, int Records, int Used);
