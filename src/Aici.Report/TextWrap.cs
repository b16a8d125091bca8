namespace Aici.Report;

/// <summary>Breaks a sentence into lines that fit a width, by words, using <see cref="TextWidth"/>'s estimates.</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, double maxWidth, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && TextWidth.Of(candidate, fontSize, bold) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        // A single word wider than the line is cut rather than allowed to overflow.
        return lines.ConvertAll(l => TextWidth.Fit(l, maxWidth, fontSize, bold));
    }
}
