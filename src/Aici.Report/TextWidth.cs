namespace Aici.Report;

/// <summary>
/// Estimates how wide a line of text is, so that chart labels can be placed without a browser. Advance widths are
/// DejaVu Sans's (the first font the charts ask for, and wider than the Arial fallback), in thousandths of an em.
/// </summary>
internal static class TextWidth
{
    // U+0020 to U+007E, from DejaVuSans.ttf and DejaVuSans-Bold.ttf (hmtx, 2048 units per em, scaled to 1000).
    private static readonly short[] Regular =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636,
        636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656,
        557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613,
        635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818,
        592, 592, 525, 636, 337, 636, 838,
    ];

    private static readonly short[] Bold =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
        696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775,
        637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675,
        716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
        645, 652, 582, 712, 365, 712, 838,
    ];

    /// <summary>The estimated width in pixels of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Of(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        short[] table = bold ? Bold : Regular;
        double thousandths = 0;
        foreach (char c in text)
        {
            thousandths += c switch
            {
                >= ' ' and <= '~' => table[c - ' '],
                '\u2026' or '\u2014' => 1000,
                '\u2013' => 500,
                _ when char.IsLowSurrogate(c) => 0,

                // Accented Latin letters are about as wide as their base letters; this is a safe upper bound for them.
                _ => bold ? 880 : 820,
            };
        }

        return thousandths * fontSize / 1000;
    }

    /// <summary>
    /// <paramref name="text"/> itself when it fits in <paramref name="maxWidth"/> pixels, or its longest prefix that fits
    /// with an ellipsis after it.
    /// </summary>
    public static string Fit(string text, double maxWidth, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Of(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        for (int length = text.Length - 1; length > 0; length--)
        {
            if (char.IsHighSurrogate(text[length - 1]))
            {
                continue;
            }

            string candidate = text[..length].TrimEnd() + "\u2026";
            if (Of(candidate, fontSize, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return "\u2026";
    }
}
