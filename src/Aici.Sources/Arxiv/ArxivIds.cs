using System.Buffers;

namespace Aici.Sources.Arxiv;

/// <summary>
/// arXiv identifiers: new style "YYMM.NNNN" / "YYMM.NNNNN" (from April 2007, 0704) and old style "archive/YYMMNNN"
/// ("hep-th/9901001", "math.GT/0309136"), each optionally followed by a version "v2".
/// </summary>
public static class ArxivIds
{
    private static readonly SearchValues<char> NewStyleChars = SearchValues.Create(".0123456789");

    /// <summary>
    /// The id without its version suffix, without an "arXiv:" prefix and without an "https://arxiv.org/abs/" (or
    /// "/pdf/") URL prefix, trimmed. Returns the trimmed input when it holds none of these.
    /// </summary>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ReadOnlySpan<char> span = id.AsSpan().Trim();
        if (!span.ContainsAny('/', ':'))
        {
            // a bare id (the snapshot's every new-style id): no prefix or URL to take off
            span = WithoutVersion(span);
            return span.Length == id.Length ? id : span.ToString();
        }

        int abs = Math.Max(span.IndexOf("/abs/", StringComparison.OrdinalIgnoreCase), span.IndexOf("/pdf/", StringComparison.OrdinalIgnoreCase));
        if (abs >= 0 && span.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase))
        {
            span = span[(abs + 5)..];
            if (span.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                span = span[..^4];
            }
        }
        else if (span.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[6..].TrimStart();
        }

        span = WithoutVersion(span);
        return span.Length == id.Length ? id : span.ToString();
    }

    /// <summary>The version suffix of an id or abs URL ("…/2202.12139v2" → "v2"), or null when it has none.</summary>
    public static string? VersionOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ReadOnlySpan<char> span = id.AsSpan().Trim();
        int v = span.LastIndexOf('v');
        if (v <= 0 || v == span.Length - 1 || !char.IsAsciiDigit(span[v - 1]))
        {
            return null;
        }

        foreach (char c in span[(v + 1)..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return span[v..].ToString();
    }

    /// <summary>True for a well-formed new-style or old-style id (no version).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> id) => TryYearMonth(id, out _, out _);

    /// <summary>
    /// The year encoded in the id: new style "YYMM.…" → 20YY; old style "archive/YYMM…" → 19YY when YY ≥ 91
    /// (arXiv began in August 1991), else 20YY. Null when the id is not well formed.
    /// </summary>
    public static int? Year(ReadOnlySpan<char> id) => TryYearMonth(id, out int year, out _) ? year : null;

    private static ReadOnlySpan<char> WithoutVersion(ReadOnlySpan<char> id)
    {
        int v = id.LastIndexOfAny('v', 'V');
        if (v > 0 && v < id.Length - 1 && char.IsAsciiDigit(id[v - 1]) && !id[(v + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return id[..v];
        }

        return id;
    }

    private static bool TryYearMonth(ReadOnlySpan<char> id, out int year, out int month)
    {
        year = month = 0;
        int slash = id.IndexOf('/');
        if (slash < 0)
        {
            // New style: YYMM.NNNN (0704–1412) or YYMM.NNNNN (1501 on).
            int dot = id.IndexOf('.');
            if (dot != 4 || id.Length - dot - 1 is not (4 or 5) || id.ContainsAnyExcept(NewStyleChars) || id[(dot + 1)..].Contains('.'))
            {
                return false;
            }

            if (!TryTwoDigits(id, 0, out int yy) || !TryTwoDigits(id, 2, out month) || month is < 1 or > 12 || (yy < 7) || (yy == 7 && month < 4))
            {
                return false;
            }

            year = 2000 + yy;
            return true;
        }

        // Old style: archive(.SUBJECT-CLASS)/YYMMNNN.
        ReadOnlySpan<char> archive = id[..slash];
        ReadOnlySpan<char> number = id[(slash + 1)..];
        if (archive.IsEmpty || !char.IsAsciiLetterLower(archive[0]) || number.Length != 7 || number.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        if (!TryTwoDigits(number, 0, out int oldYy) || !TryTwoDigits(number, 2, out month) || month is < 1 or > 12)
        {
            return false;
        }

        year = oldYy >= 91 ? 1900 + oldYy : 2000 + oldYy;
        return true;
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        value = 0;
        if (at + 2 > text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
        {
            return false;
        }

        value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        return true;
    }
}
