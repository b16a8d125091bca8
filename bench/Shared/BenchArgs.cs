using System.Globalization;

namespace Aici.Bench;

/// <summary>The benchmarks' command-line options: "--name value", repeatable where a list is wanted.</summary>
internal static class BenchArgs
{
    /// <summary>The value after the first <paramref name="name"/>, or null.</summary>
    public static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The value after every <paramref name="name"/>, in order.</summary>
    public static List<string> Options(string[] args, string name)
    {
        var values = new List<string>();
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                values.Add(args[i + 1]);
            }
        }

        return values;
    }

    /// <summary>The number after <paramref name="name"/> (thousands separators allowed), or <paramref name="fallback"/>.</summary>
    public static int Number(string[] args, string name, int fallback) =>
        Option(args, name) is { } text ? int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
}
