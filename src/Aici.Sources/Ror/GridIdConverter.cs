using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aici.Sources.Ror;

/// <summary>
/// Reads the GRID id out of <c>external_ids</c> in either schema: v2 writes an array of
/// <c>{"type": "grid", "preferred": …, "all": […]}</c>, v1 an object <c>{"GRID": {"preferred": …, "all": … }}</c> whose
/// <c>all</c> is a string or an array. The preferred id wins, else the first of <c>all</c>.
/// </summary>
internal sealed class GridIdConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? grid = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    string? found = ReadEntry(ref reader, typeName: null);
                    grid ??= found;
                }

                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isGrid = reader.ValueTextEquals("GRID"u8);
                    reader.Read();
                    string? found = ReadEntry(ref reader, typeName: isGrid ? "grid" : "other");
                    if (isGrid)
                    {
                        grid ??= found;
                    }
                }

                break;
            default:
                reader.Skip();
                break;
        }

        return grid;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("ROR records are only read");

    // One {type?, preferred, all} object; returns the GRID id when the entry is a GRID one.
    private static string? ReadEntry(ref Utf8JsonReader reader, string? typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? type = typeName;
        string? preferred = null;
        string? first = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("preferred"u8))
            {
                reader.Read();
                preferred = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("all"u8))
            {
                reader.Read();
                first = FirstString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return string.Equals(type, "grid", StringComparison.OrdinalIgnoreCase) ? preferred ?? first : null;
    }

    private static string? FirstString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        string? first = null;
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    first ??= reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        else
        {
            reader.Skip();
        }

        return first;
    }
}
