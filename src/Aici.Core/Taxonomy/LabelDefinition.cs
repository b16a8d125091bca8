namespace Aici.Core.Taxonomy;

/// <summary>
/// How one label is decided: a paper carries it when one of its arXiv <see cref="Categories"/> is listed, or when
/// at least <see cref="MinPhrases"/> distinct <see cref="Phrases"/> occur in its title and abstract (whole words,
/// any case; a final "s" or "es" on the last word is allowed, so "GAN" matches "GANs"). An occurrence that lies
/// inside one of the <see cref="Exclude"/> phrases does not count ("speech" inside "part-of-speech"). With
/// <see cref="MinMentions"/> above 1, the phrases must also be mentioned that often: each occurrence is a mention,
/// one in the title two, and occurrences that overlap ("traditional crafts" holds "crafts") one; a word used once in
/// passing ("applications in marketing") does not carry the label.
/// </summary>
public sealed record LabelDefinition(
    string Name,
    LabelKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Exclude,
    int MinPhrases = 1,
    int MinMentions = 1)
{
    /// <summary>
    /// For a creative domain: the SIC 2007 classes ("73.11") of its DCMS sub-sector, kept as data for matching
    /// companies later; empty for other labels. Papers are not labelled by it.
    /// </summary>
    public IReadOnlyList<string> Sic { get; init; } = [];
}
