using Aici.Core.Taxonomy;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// The weak labels the model is trained and evaluated on. arXiv records: their categories (ai = any of cs.AI, cs.LG,
/// cs.NE, stat.ML, cs.CV, cs.CL; image = cs.CV, eess.IV, cs.GR; sound = cs.SD, eess.AS; text = cs.CL). Conference
/// papers: their venue (CVPR, ICCV, ECCV, WACV, 3DV → image and ai; ACL, EMNLP, NAACL, COLING, TACL, INLG, COLM → text
/// and ai; ISMIR → sound; NeurIPS, ICML, ICLR → ai); a venue says nothing of the labels it does not name (they are
/// not trained on its papers: a CVPR paper may well be about text too). Chosen over "a venue's paper carries none of
/// the other modalities" by cross-validated F1 on the arXiv training records (image 0.901 against 0.896, sound 0.903
/// against 0.895, text 0.821 against 0.823).
/// </summary>
internal static class WeakLabels
{
    /// <summary>The model's labels, in weight-column order.</summary>
    public static readonly string[] Labels = [LabelNames.Ai, LabelNames.Image, LabelNames.Sound, LabelNames.Text];

    private static readonly HashSet<string> Ai = new(["cs.AI", "cs.LG", "cs.NE", "stat.ML", "cs.CV", "cs.CL"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Image = new(["cs.CV", "eess.IV", "cs.GR"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Sound = new(["cs.SD", "eess.AS"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Text = new(["cs.CL"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Targets (1 or 0 per label) from arXiv categories.</summary>
    public static sbyte[] FromCategories(IReadOnlyList<string> categories) =>
        [Of(categories, Ai), Of(categories, Image), Of(categories, Sound), Of(categories, Text)];

    /// <summary>Training targets (1, 0, or -1 for unknown) from a venue, or null when the venue is not used.</summary>
    public static sbyte[]? FromVenue(string? venue) => VenueKind(venue) switch
    {
        "image" => [1, 1, -1, -1],
        "text" => [1, -1, -1, 1],
        "sound" => [-1, -1, 1, -1],
        "ai" => [1, -1, -1, -1],
        _ => null,
    };

    /// <summary>
    /// The evaluation gold of a held-out conference paper: the one modality its venue stands for (CVPR, ICCV, ECCV,
    /// WACV → image; ACL, EMNLP, NAACL, COLING → text; ISMIR → sound), or null for other venues.
    /// </summary>
    public static string? VenueGold(string? venue) => venue switch
    {
        "CVPR" or "ICCV" or "ECCV" or "WACV" => LabelNames.Image,
        "ACL" or "EMNLP" or "NAACL" or "COLING" => LabelNames.Text,
        "ISMIR" => LabelNames.Sound,
        _ => null,
    };

    private static string? VenueKind(string? venue) => venue switch
    {
        "CVPR" or "ICCV" or "ECCV" or "WACV" or "3DV" => "image",
        "ACL" or "EMNLP" or "NAACL" or "COLING" or "TACL" or "INLG" or "COLM" => "text",
        "ISMIR" => "sound",
        "NeurIPS" or "ICML" or "ICLR" => "ai",
        _ => null,
    };

    private static sbyte Of(IReadOnlyList<string> categories, HashSet<string> set) => categories.Any(set.Contains) ? (sbyte)1 : (sbyte)0;
}
