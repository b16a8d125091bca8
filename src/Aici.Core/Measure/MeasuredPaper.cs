using Aici.Core.Domain;

namespace Aici.Core.Measure;

/// <summary>
/// One work as the indicators see it: labelled, located, and de-duplicated across the records it was read from.
/// <see cref="Countries"/> holds each country once with its fractional share; whole counting ignores the shares.
/// </summary>
public sealed record MeasuredPaper(
    string Key,
    int? Year,
    bool IsAi,
    Modalities Modalities,
    IReadOnlyList<CountryShare> Countries)
{
    /// <summary>Every label of the work (techniques, media, domains…), for indicators beyond the three modalities.</summary>
    public IReadOnlySet<string> Labels { get; init; } = EmptyLabels;

    private static readonly IReadOnlySet<string> EmptyLabels = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the work carries <paramref name="label"/> ("gan", "image"…).</summary>
    public bool Has(string label) =>
        Labels.Contains(label) || (ModalityOf(label) is var modality && modality != Modalities.None && Modalities.HasFlag(modality));

    /// <summary>The modality flag a label name stands for ("image" → <see cref="Modalities.Image"/>), or none.</summary>
    internal static Modalities ModalityOf(string label) => label switch
    {
        Taxonomy.LabelNames.Image => Modalities.Image,
        Taxonomy.LabelNames.Sound => Modalities.Sound,
        Taxonomy.LabelNames.Text => Modalities.Text,
        _ => Modalities.None,
    };

    /// <summary>The work's weight in the world: 1 (whole) or the sum of its shares (fractional).</summary>
    public double WorldWeight(Counting counting)
    {
        if (counting == Counting.Whole)
        {
            return Countries.Count > 0 ? 1 : 0;
        }

        double sum = 0;
        foreach (CountryShare share in Countries)
        {
            sum += share.Weight;
        }

        return sum;
    }
}
