namespace Aici.Core.Text;

/// <summary>
/// Plain decimal text of a number given as a whole count of its smallest unit (ten-thousandths, thousandths…), with
/// integer arithmetic only: the writers of scores and contributions round a number once and then need only its digits.
/// </summary>
public static class ScaledDecimal
{
    /// <summary>Room enough for any number <see cref="Write"/> writes.</summary>
    public const int MaxLength = 24;

    /// <summary>
    /// Writes <paramref name="scaled"/> / 10^<paramref name="places"/>: a minus sign when negative, the integer part,
    /// then the decimals without trailing zeros (and no point when none are left). Returns how many characters it
    /// wrote into <paramref name="into"/>.
    /// </summary>
    public static int Write(long scaled, int places, Span<char> into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(places, 18);
        Span<char> text = stackalloc char[MaxLength];
        int at = text.Length;
        ulong magnitude = scaled < 0 ? (ulong)(-(scaled + 1)) + 1 : (ulong)scaled;
        int decimals = places;
        while (decimals > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            decimals--;
        }

        for (int d = 0; d < decimals; d++)
        {
            text[--at] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        if (decimals > 0)
        {
            text[--at] = '.';
        }

        do
        {
            text[--at] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude > 0);

        if (scaled < 0)
        {
            text[--at] = '-';
        }

        text[at..].CopyTo(into);
        return text.Length - at;
    }
}
