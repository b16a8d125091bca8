namespace Aici.Sources.Arxiv;

/// <summary>The two date layouts arXiv metadata uses, parsed to the day (times and zones are ignored).</summary>
public static class ArxivDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// An RFC 1123 / RFC 2822 date as in Kaggle <c>versions[].created</c>: "Mon, 2 Apr 2007 19:18:42 GMT"
    /// (the weekday is optional and not checked; the day may have one or two digits).
    /// </summary>
    public static bool TryParseRfc1123(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        int comma = text.IndexOf(',');
        if (comma >= 0)
        {
            text = text[(comma + 1)..].TrimStart();
        }

        int i = 0;
        if (!TryNumber(text, ref i, 1, 2, out int day) || !TrySpace(text, ref i) || i + 3 > text.Length)
        {
            return false;
        }

        int month = MonthNumber(text.Slice(i, 3));
        i += 3;
        if (month == 0 || !TrySpace(text, ref i) || !TryNumber(text, ref i, 4, 4, out int year))
        {
            return false;
        }

        if (i < text.Length && text[i] != ' ')
        {
            return false;
        }

        return TryDate(year, month, day, out date);
    }

    /// <summary>An ISO 8601 date or date-time: "2008-11-13", "2022-02-24T15:05:19Z", "2016-10-09T00:00:00-04:00".</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' || (text.Length > 10 && text[10] is not ('T' or 't' or ' ')))
        {
            return false;
        }

        int i = 0;
        int j = 5;
        int k = 8;
        return TryNumber(text, ref i, 4, 4, out int year)
            && TryNumber(text, ref j, 2, 2, out int month)
            && TryNumber(text, ref k, 2, 2, out int day)
            && TryDate(year, month, day, out date);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        for (int m = 0; m < Months.Length; m++)
        {
            if (name.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int digits = 0;
        while (i < text.Length && digits < maxDigits && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
            digits++;
        }

        return digits >= minDigits && (i >= text.Length || !char.IsAsciiDigit(text[i]));
    }

    private static bool TrySpace(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return true;
    }
}
