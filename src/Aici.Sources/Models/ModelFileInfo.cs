namespace Aici.Sources.Models;

/// <summary>
/// A model file as a run manifest records it: the model's name and version, the header's path and SHA-256, and the
/// SHA-256 of its weights file (which the header also names, so the header's hash covers both).
/// </summary>
public sealed record ModelFileInfo(string Name, string Version, string Path, string Sha256, string WeightsSha256);
