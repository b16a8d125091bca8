using System.Globalization;
using System.Text;
using Aici.Core.Text;

namespace Aici.Core.Classify;

/// <summary>
/// Appends a number as the custom formats <c>0.###</c> and <c>+0.###;-0.###</c> write it, without their digit
/// generation (a store writes several such numbers for every model label of every paper). Those formats round the
/// number's 15 significant digits at the third decimal, halves away from zero, and drop trailing zeros. Away from a
/// half thousandth, the number itself rounds the same way, which integer arithmetic does here; a number within a
/// few parts in 10^14 of a half thousandth, under 0.001 (whose text the formats make in their own ways: "-0",
/// "-+0") or from 10^9 on, is left to the formats themselves.
/// </summary>
internal static class ThreeDecimals
{
    /// <summary>Appends <paramref name="value"/> as <c>0.###</c>, or with <paramref name="signed"/> as <c>+0.###;-0.###</c>.</summary>
    public static StringBuilder Append(StringBuilder text, double value, bool signed)
    {
        double magnitude = Math.Abs(value);
        double thousandths = magnitude * 1000;
        double whole = Math.Floor(thousandths);
        double fraction = thousandths - whole;
        if (!(magnitude >= 0.001 && magnitude < 1e9) || Math.Abs(fraction - 0.5) <= thousandths * 1e-13)
        {
            return text.Append(value.ToString(signed ? "+0.###;-0.###" : "0.###", CultureInfo.InvariantCulture));
        }

        long rounded = (long)whole + (fraction > 0.5 ? 1 : 0);
        if (value < 0)
        {
            text.Append('-');
        }
        else if (signed)
        {
            text.Append('+');
        }

        Span<char> digits = stackalloc char[ScaledDecimal.MaxLength];
        return text.Append(digits[..ScaledDecimal.Write(rounded, 3, digits)]);
    }
}
