using System.Globalization;
using System.Text.Json;

using Aici.Sources.Inputs;
using Aici.Sources.Json;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// The shapes a work's nested values must have: null is passed over silently; a value of another shape is skipped
/// with a warning on the record's line naming its path, so one odd field never costs the record.
/// </summary>
internal sealed class CheckedValues(RecordWarnings warnings)
{
    /// <summary>True at an array; null is false silently, any other value is skipped with a warning.</summary>
    public bool IsArray(ref Utf8JsonReader reader, long line, string field) => Is(ref reader, JsonTokenType.StartArray, "an array", line, field);

    /// <summary>True at an object; null is false silently, any other value is skipped with a warning.</summary>
    public bool IsObject(ref Utf8JsonReader reader, long line, string field) => Is(ref reader, JsonTokenType.StartObject, "an object", line, field);

    /// <summary>
    /// Moves to the next object of the array the reader is in, skipping (with a warning) items that are not objects;
    /// <paramref name="item"/> is its path, "<paramref name="field"/>[<paramref name="index"/>]", and the index counts
    /// every item. False at the array's end.
    /// </summary>
    public bool NextObject(ref Utf8JsonReader reader, long line, string field, ref int index, out string item)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            item = string.Create(CultureInfo.InvariantCulture, $"{field}[{index++}]");
            if (IsObject(ref reader, line, item))
            {
                return true;
            }
        }

        item = string.Empty;
        return false;
    }

    /// <summary>
    /// The <c>display_name</c> of the object the reader is on (an authorship's <c>author</c>, <c>primary_topic</c>, a
    /// location's <c>source</c>), or null; the reader is left on the object's end.
    /// </summary>
    public string? DisplayName(ref Utf8JsonReader reader, long line, string field)
    {
        if (!IsObject(ref reader, line, field))
        {
            return null;
        }

        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("display_name"u8))
            {
                reader.Read();
                name = JsonValues.OptionalString(ref reader, warnings, line, field + ".display_name");
            }
            else
            {
                reader.Skip();
            }
        }

        return name;
    }

    private bool Is(ref Utf8JsonReader reader, JsonTokenType expected, string what, long line, string field)
    {
        if (reader.TokenType == expected)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            warnings.Add(line, field, JsonValues.Expected(what, reader.TokenType));
            reader.Skip();
        }

        return false;
    }
}
