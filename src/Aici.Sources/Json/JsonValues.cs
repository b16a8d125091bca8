using System.Text;
using System.Text.Json;

using Aici.Sources.Inputs;

namespace Aici.Sources.Json;

/// <summary>Small helpers over <see cref="Utf8JsonReader"/> positioned on a value.</summary>
internal static class JsonValues
{
    /// <summary>
    /// The current value as a string (null for JSON null). When it is of another type the value is skipped,
    /// <paramref name="value"/> is null and the result is false.
    /// </summary>
    public static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                reader.Skip();
                value = null;
                return false;
        }
    }

    /// <summary>A short description of the current token for diagnostics ("a number", "an array").</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    /// <summary>"expected a string, found a number".</summary>
    public static string Expected(string what, JsonTokenType found) => $"expected {what}, found {Describe(found)}";

    /// <summary>The raw JSON text of the current primitive value (numbers), for messages.</summary>
    public static string RawText(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);

    /// <summary>
    /// Reads an array of strings (null elements skipped), a single string, or null into <paramref name="into"/>
    /// (cleared first). Any other value, or element, is skipped with a warning on <paramref name="field"/>.
    /// </summary>
    public static List<string> ReadStrings(ref Utf8JsonReader reader, List<string> into, RecordWarnings warnings, long line, string field)
    {
        into.Clear();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                break;
            case JsonTokenType.String:
                into.Add(reader.GetString()!);
                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        into.Add(reader.GetString()!);
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        warnings.Add(line, field, Expected("a string", reader.TokenType));
                        reader.Skip();
                    }
                }

                break;
            default:
                warnings.Add(line, field, Expected("an array of strings", reader.TokenType));
                reader.Skip();
                break;
        }

        return into;
    }

    /// <summary>The current value as an optional string; another type is skipped with a warning.</summary>
    public static string? OptionalString(ref Utf8JsonReader reader, RecordWarnings warnings, long line, string field)
    {
        if (TryString(ref reader, out string? value))
        {
            return value;
        }

        warnings.Add(line, field, Expected("a string", reader.TokenType));
        return null;
    }

    /// <summary>
    /// Copies the current string value into <paramref name="scratch"/> (unescaped) and returns its length,
    /// or -1 when it does not fit.
    /// </summary>
    public static int CopyString(ref Utf8JsonReader reader, Span<char> scratch)
    {
        int maxChars = reader.HasValueSequence ? (int)Math.Min(reader.ValueSequence.Length, int.MaxValue) : reader.ValueSpan.Length;
        return maxChars <= scratch.Length ? reader.CopyString(scratch) : -1;
    }

    /// <summary>
    /// A JSON error for a diagnostic: the exception's message without System.Text.Json's "LineNumber: 0 |
    /// BytePositionInLine: N." tail, with the byte of the line it stopped at (1-based) where known.
    /// </summary>
    public static string Describe(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string message = e.Message;
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (tail >= 0)
        {
            message = message[..tail].TrimEnd();
        }

        return e.BytePositionInLine is long position
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{message} (at byte {position + 1})")
            : message;
    }
}
