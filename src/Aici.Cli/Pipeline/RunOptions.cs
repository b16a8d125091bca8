using Aici.Core.Measure;

namespace Aici.Cli.Pipeline;

/// <summary>What <c>aici run</c> was asked to do.</summary>
internal sealed record RunOptions(
    IReadOnlyList<string> Arxiv,
    IReadOnlyList<string> Papers,
    bool Demo,
    YearRange Years,
    Counting Counting,
    string TaxonomyDirectory,
    string Out);
