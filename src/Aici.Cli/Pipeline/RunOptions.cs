using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Cli.Pipeline;

/// <summary>What <c>aici run</c> was asked to do.</summary>
internal sealed record RunOptions(
    IReadOnlyList<string> Arxiv,
    IReadOnlyList<string> Papers,
    bool Demo,
    YearRange Years,
    Counting Counting,
    string TaxonomyDirectory,
    string Out)
{
    /// <summary>The part of the inputs this run processes: all of them by default.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Build the store anew even when the existing one could be updated.</summary>
    public bool Rebuild { get; init; }

    /// <summary>OpenAlex works files or folders.</summary>
    public IReadOnlyList<string> OpenAlex { get; init; } = [];

    /// <summary>The AI definition the tables use: "categories" (the foundation's rules) until the others land.</summary>
    public string AiDefinition { get; init; } = "categories";

    /// <summary>How many countries charts and top-N tables show.</summary>
    public int Top { get; init; } = 15;

    /// <summary>Bootstrap replicates for the 95% intervals; 0 turns intervals off.</summary>
    public int Bootstrap { get; init; } = 200;

    /// <summary>The bootstrap's seed: the same seed gives the same intervals.</summary>
    public ulong Seed { get; init; } = 20200601;
}
