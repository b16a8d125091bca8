using Aici.Core.Taxonomy;

namespace Aici.Core.Measure;

/// <summary>
/// What the indicators are measured over: the year window and counting method of the headline table, the growth
/// window, the minimum volumes (null: chosen from the data by <see cref="MinimumVolume"/>), and the labels whose RCA is
/// measured, in the order the report shows them.
/// </summary>
public sealed record IndicatorSettings
{
    /// <summary>The growth window of the 2020 study: 2015 → 2019.</summary>
    public const int DefaultGrowthFrom = 2015;

    /// <inheritdoc cref="DefaultGrowthFrom"/>
    public const int DefaultGrowthTo = 2019;

    public const string Gan = "gan";

    public const string StyleTransfer = "style_transfer";

    /// <summary>Techniques first (GANs and style transfer, the seed's two, then the others), then the three modalities.</summary>
    public static IReadOnlyList<string> DefaultLabels { get; } =
    [
        Gan, StyleTransfer, "diffusion", "vae", "transformer", "llm", "reinforcement_learning", "neural_rendering",
        LabelNames.Image, LabelNames.Sound, LabelNames.Text,
    ];

    public YearRange Years { get; init; } = YearRange.All;

    public Counting Counting { get; init; } = Counting.Whole;

    public int GrowthFrom { get; init; } = DefaultGrowthFrom;

    public int GrowthTo { get; init; } = DefaultGrowthTo;

    /// <summary>Papers a country needs in the growth window's start year; null: <see cref="MinimumVolume.Growth"/>.</summary>
    public double? GrowthMinimum { get; init; }

    /// <summary>AI papers a country needs in the year window for its RCA; null: <see cref="MinimumVolume.Specialisation"/>.</summary>
    public double? RcaMinimum { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = DefaultLabels;
}
