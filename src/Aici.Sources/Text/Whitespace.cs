namespace Aici.Sources.Text;

/// <summary>Whitespace clean-up for short fields (names, affiliations): titles and abstracts are never touched.</summary>
internal static class Whitespace
{
    /// <summary>Trims and folds every run of white space (line breaks included) into one space.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        if (!NeedsFolding(span))
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        Span<char> buffer = span.Length <= 512 ? stackalloc char[span.Length] : new char[span.Length];
        return new string(Collapse(span, buffer));
    }

    /// <summary>Writes <paramref name="text"/> trimmed and folded into <paramref name="destination"/> (as long).</summary>
    public static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                destination[n++] = ' ';
                space = false;
            }

            destination[n++] = c;
        }

        return destination[..n];
    }

    /// <summary>True when <paramref name="span"/> holds a white-space character other than a lone space.</summary>
    private static bool NeedsFolding(ReadOnlySpan<char> span)
    {
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c == ' ')
            {
                if (i + 1 < span.Length && char.IsWhiteSpace(span[i + 1]))
                {
                    return true;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
