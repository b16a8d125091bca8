using System.Text;

namespace Aici.Core.Text;

/// <summary>
/// Text prepared for phrase matching and display. Sources keep titles and abstracts as written; matching sees
/// a folded form: LaTeX accents and commands removed (<c>\'a</c> → a, <c>{\"o}</c> → o, <c>\emph{x}</c> → x),
/// accents stripped, braces and dollar signs dropped, whitespace folded to single spaces.
/// Case is kept: the matcher ignores it.
/// </summary>
public static class MatchText
{
    /// <summary>Title and abstract joined for matching.</summary>
    public static string Of(string title, string? @abstract) =>
        @abstract is null ? Fold(title) : Fold(title + " \n " + @abstract);

    /// <summary>Whitespace folded to single spaces and trimmed: how a title is shown.</summary>
    public static string ForDisplay(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The folded form used for matching.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool plain = true;
        foreach (char c in text)
        {
            if (c is '\\' or '{' or '}' or '$' or '~' || c > '\u007f' || (char.IsWhiteSpace(c) && c != ' '))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i = SkipCommand(text, i, sb);
                continue;
            }

            if (c is '{' or '}' or '$')
            {
                continue;
            }

            if (c == '~' || char.IsWhiteSpace(c))
            {
                AppendSpace(sb);
                continue;
            }

            if (c > '\u007f')
            {
                AppendWithoutAccent(sb, c);
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    // A LaTeX command at text[start] == '\\'. Accent commands (\' \" \` \^ \~ \= \. \c \v \u \H) vanish and leave
    // their letter; a word command (\emph, \textbf, \alpha) vanishes and leaves its argument; an escaped
    // symbol (\& \% \_ \$ \#) leaves the symbol. Returns the index of the last character consumed.
    private static int SkipCommand(string text, int start, StringBuilder sb)
    {
        int next = start + 1;
        if (next >= text.Length)
        {
            return start;
        }

        char c = text[next];
        if (c is '&' or '%' or '_' or '$' or '#')
        {
            sb.Append(c);
            return next;
        }

        if (c is '\'' or '"' or '`' or '^' or '~' or '=' or '.')
        {
            return next;
        }

        if (char.IsAsciiLetter(c))
        {
            int end = next;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            // one-letter accent commands followed by a space or brace: \c c, \v{s}
            return end - 1;
        }

        if (c == '\\')
        {
            AppendSpace(sb);
            return next;
        }

        return start;
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }

    private static void AppendWithoutAccent(StringBuilder sb, char c)
    {
        if (char.IsWhiteSpace(c))
        {
            AppendSpace(sb);
        }
        else if (c is >= '\u0300' and <= '\u036f')
        {
            // a combining accent: dropped, its letter stays
        }
        else
        {
            sb.Append(AccentFold.Of(c) ?? c.ToString());
        }
    }
}
