using System.Globalization;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>CSV cells, invariant culture: numbers with four decimals, text quoted when it needs to be.</summary>
internal static class Csv
{
    public static string Number(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Row(params string[] cells) => string.Join(',', cells);
}
