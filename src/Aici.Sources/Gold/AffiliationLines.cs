using System.Text;
using System.Text.Json;

using Aici.Sources.Inputs;

namespace Aici.Sources.Gold;

/// <summary>
/// Reads affiliation strings to resolve: one per line, or JSON lines with an <c>affiliation</c> field (a string, or an
/// array of strings joined with "; "). A line is read as JSON when it starts with "{" and parses as an object;
/// otherwise it is the string itself. Blank lines are skipped. Plain or gzip, streamed.
/// </summary>
public static class AffiliationLines
{
    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    public static IEnumerable<AffiliationLine> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw InputException.For(path, "no such file");
        }

        return ReadExisting(path);
    }

    private static IEnumerable<AffiliationLine> ReadExisting(string path)
    {
        using Stream stream = InputStreams.Open(path);
        using var lines = new LineSplitter(stream);
        while (lines.MoveNext())
        {
            AffiliationLine? line = Parse(lines.Current, lines.LineNumber);
            if (line is not null)
            {
                yield return line;
            }
        }

        if (lines.Failure is { } failure)
        {
            throw InputException.For(path, $"line {lines.FailureLine}: {failure}");
        }
    }

    /// <summary>The affiliation of one line, or null for a blank line.</summary>
    internal static AffiliationLine? Parse(ReadOnlySpan<byte> bytes, long lineNumber)
    {
        string text = Encoding.UTF8.GetString(bytes).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] != '{')
        {
            return new AffiliationLine(lineNumber, text, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty("affiliation", out JsonElement value))
            {
                return new AffiliationLine(lineNumber, null, "a JSON line without an \"affiliation\" field");
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => new AffiliationLine(lineNumber, value.GetString(), null),
                JsonValueKind.Array => new AffiliationLine(lineNumber, string.Join("; ", value.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)), null),
                _ => new AffiliationLine(lineNumber, null, "\"affiliation\" is neither a string nor an array of strings"),
            };
        }
        catch (JsonException)
        {
            return new AffiliationLine(lineNumber, text, null); // a plain string that happens to start with "{"
        }
    }
}
