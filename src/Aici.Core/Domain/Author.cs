namespace Aici.Core.Domain;

/// <summary>An author of a paper and the affiliations listed for them on that paper.</summary>
public sealed record Author(string Name, IReadOnlyList<Affiliation> Affiliations)
{
    public static Author Named(string name) => new(name, []);
}
