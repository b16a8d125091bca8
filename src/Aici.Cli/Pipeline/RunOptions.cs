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

    /// <summary>ROR dump files or folders: when given, affiliation strings without a country are resolved.</summary>
    public IReadOnlyList<string> Ror { get; init; } = [];

    /// <summary>Put multinational companies under "transnational" instead of their headquarters' country.</summary>
    public bool Transnational { get; init; }

    /// <summary>OpenAlex works files or folders.</summary>
    public IReadOnlyList<string> OpenAlex { get; init; } = [];

    /// <summary>The AI definition the tables use (categories, phrases, vocabulary, model, combined).</summary>
    public string AiDefinition { get; init; } = Core.Classify.Definitions.AiDefinitions.Default;

    /// <summary>The model header file; null: <c>TAXONOMY/models/research-v1.json</c>.</summary>
    public string? Model { get; init; }

    /// <summary>The classifier's measured accuracy (<c>aici evaluate classify</c>'s CSV); null: the one shipped beside the model.</summary>
    public string? Accuracy { get; init; }

    /// <summary>How many countries charts and top-N tables show.</summary>
    public int Top { get; init; } = 15;

    /// <summary>Bootstrap replicates for the 95% intervals; 0 turns intervals off.</summary>
    public int Bootstrap { get; init; } = 200;

    /// <summary>The bootstrap's seed: the same seed gives the same intervals.</summary>
    public ulong Seed { get; init; } = 20200601;

    /// <summary>The growth window's start year (the 2020 study's: 2015).</summary>
    public int GrowthFrom { get; init; } = IndicatorSettings.DefaultGrowthFrom;

    /// <summary>The growth window's end year (the 2020 study's: 2019).</summary>
    public int GrowthTo { get; init; } = IndicatorSettings.DefaultGrowthTo;

    /// <summary>Papers a country needs in the growth start year; null: 1% of the world's, between 5 and 30.</summary>
    public double? GrowthMinimum { get; init; }

    /// <summary>AI papers a country needs in the year window for its RCA; null: 1% of the world's, between 5 and 50.</summary>
    public double? RcaMinimum { get; init; }

    /// <summary>Propagate the classifier's measured precision and recall into counts and their intervals.</summary>
    public bool PropagateClassifierError { get; init; }

    /// <summary>The classifier's measured accuracy per label (from its evaluation), for propagation and the methodology.</summary>
    public IReadOnlyList<LabelAccuracy> ClassifierAccuracy { get; init; } = [];
}
