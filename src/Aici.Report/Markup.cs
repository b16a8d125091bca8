using System.Text;

namespace Aici.Report;

/// <summary>Escaping for text and attribute values in HTML and SVG (the same rules serve both).</summary>
internal static class Markup
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> and replaces control characters (illegal in XML, errors in HTML) with U+FFFD.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsEscape(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                default:
                    sb.Append(IsControl(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (char c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is >= '\u007F' and <= '\u009F';
}
