namespace Aici.Core.Affiliations;

/// <summary>How the resolver decides.</summary>
public sealed record ResolverOptions
{
    /// <summary>The lowest score that identifies an organisation; below it the string is unresolved.</summary>
    public double Threshold { get; init; } = 0.75;

    /// <summary>Put multinational companies in the transnational bucket (<see cref="Transnationals.Code"/>) instead of a country.</summary>
    public bool Transnational { get; init; }

    public static ResolverOptions Default { get; } = new();
}
