using Aici.Sources.Text;

namespace Aici.Sources.Arxiv;

/// <summary>Author names from arXiv metadata: the "A, B and C" string and the [last, first, suffix] triples.</summary>
public static class AuthorNames
{
    /// <summary>
    /// Splits an arXiv authors string ("A. One, B. Two and C. Three", "A, B, and C") into names. Commas and "and"
    /// inside parentheses do not split, and a parenthesised part after a name (an affiliation) is dropped.
    /// White space is folded.
    /// </summary>
    public static IReadOnlyList<string> Split(string authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        string text = Whitespace.Collapse(authors);
        var names = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c == ',')
            {
                Add(names, text.AsSpan(start, i - start));
                start = i + 1;
            }
            else if (depth == 0 && c == ' ' && text.AsSpan(i).StartsWith(" and ", StringComparison.Ordinal))
            {
                Add(names, text.AsSpan(start, i - start));
                start = i + 5;
                i += 4;
            }
        }

        Add(names, text.AsSpan(start));
        return names;
    }

    /// <summary>"First Last Suffix" from Kaggle's authors_parsed parts; empty parts are left out.</summary>
    public static string Join(ReadOnlySpan<char> last, ReadOnlySpan<char> first, ReadOnlySpan<char> suffix)
    {
        int length = last.Length + first.Length + suffix.Length + 2;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        Span<char> folded = length <= 512 ? stackalloc char[length] : new char[length];
        int n = 0;
        Append(buffer, ref n, first);
        Append(buffer, ref n, last);
        Append(buffer, ref n, suffix);
        return new string(Whitespace.Collapse(buffer[..n], folded));
    }

    private static void Append(Span<char> buffer, ref int n, ReadOnlySpan<char> part)
    {
        part = part.Trim();
        if (part.IsEmpty)
        {
            return;
        }

        if (n > 0)
        {
            buffer[n++] = ' ';
        }

        part.CopyTo(buffer[n..]);
        n += part.Length;
    }

    private static void Add(List<string> names, ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.StartsWith("and ", StringComparison.Ordinal))
        {
            name = name[4..].TrimStart();
        }

        // Drop trailing parenthesised parts: "A. Author (Oxford)" → "A. Author".
        while (name.EndsWith(')'))
        {
            int open = name.LastIndexOf('(');
            if (open <= 0)
            {
                break;
            }

            name = name[..open].TrimEnd();
        }

        if (!name.IsEmpty)
        {
            names.Add(name.ToString());
        }
    }
}
