namespace Aici.Core.Domain;

/// <summary>Where a record came from: the input file and the 1-based line (or entry number) in it.</summary>
public sealed record SourceLocation(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
