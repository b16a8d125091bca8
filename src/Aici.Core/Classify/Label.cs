using Aici.Core.Taxonomy;

namespace Aici.Core.Classify;

/// <summary>A label on a paper with the evidence for it.</summary>
public sealed record Label(string Name, LabelKind Kind, Evidence Evidence);
