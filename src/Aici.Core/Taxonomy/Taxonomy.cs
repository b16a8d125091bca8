namespace Aici.Core.Taxonomy;

/// <summary>A named, versioned set of label definitions, loaded from a reviewed file in <c>taxonomy/</c>.</summary>
public sealed record Taxonomy(string Name, string Version, IReadOnlyList<LabelDefinition> Labels)
{
    public override string ToString() => $"{Name} {Version}";
}
