using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Json;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Parses one OpenAlex JSON value, a whole file or one line of JSON lines: an API page (<c>{"meta", "results": [work,
/// …]}</c>), a single work (<c>"id": "https://openalex.org/W…"</c>), or another entity record (an institution, an
/// author…), which is skipped with a warning. Each work is read on its own, so a bad work is an error for that work
/// alone. Invalid JSON is one error at the line where it broke; the works before it are kept.
/// </summary>
internal sealed class OpenAlexDocumentParser(string path) : IJsonLineParser
{
    /// <summary>The field named by diagnostics about a whole record (not an object, not a work).</summary>
    public const string RecordField = "record";

    private readonly OpenAlexWorkParser works = new(path);

    /// <summary>What a top-level JSON object is.</summary>
    private enum Kind
    {
        Work,
        Page,
        OtherEntity,
    }

    public void Parse(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output) =>
        Parse(line, lineNumber, output, reportInvalidJson: true, CancellationToken.None);

    /// <summary>
    /// Parses <paramref name="json"/>, whose first line is <paramref name="firstLine"/>, into <paramref name="output"/>.
    /// Returns false when the JSON is invalid; the error is added only when <paramref name="reportInvalidJson"/>. The
    /// works of a page read before the break are kept; a single work in invalid JSON (trailing text, say) is not.
    /// </summary>
    public bool Parse(ReadOnlySpan<byte> json, long firstLine, List<ReadItem> output, bool reportInvalidJson, CancellationToken cancellationToken)
    {
        var lines = new LineCounter(json, firstLine);
        int start = output.Count;
        Kind kind = Kind.Work;
        try
        {
            (kind, string? entity) = Classify(json);
            ParseValue(json, kind, entity, ref lines, output, cancellationToken);
            return true;
        }
        catch (JsonException e)
        {
            if (kind != Kind.Page)
            {
                output.RemoveRange(start, output.Count - start);
            }

            if (reportInvalidJson)
            {
                output.Add(Reject(firstLine + (e.LineNumber ?? 0), JsonLines.JsonField, "invalid JSON: " + JsonValues.Describe(e)));
            }

            return false;
        }
    }

    private void ParseValue(
        ReadOnlySpan<byte> json, Kind kind, string? entity, ref LineCounter lines, List<ReadItem> output, CancellationToken cancellationToken)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        long line = lines.At(reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            output.Add(Reject(line, RecordField, JsonValues.Expected("a JSON object", reader.TokenType)));
            reader.Skip();
        }
        else if (kind == Kind.Page)
        {
            ReadPage(ref reader, ref lines, output, cancellationToken);
        }
        else if (kind == Kind.Work)
        {
            works.Read(ref reader, line, output);
        }
        else
        {
            reader.Skip();
            output.Add(ReadItem.Of(Diagnostic.Warned(path, line, RecordField, $"not an OpenAlex work ({entity} record): skipped")));
        }

        // The text must be that one value: this throws on anything but white space after it.
        reader.Read();
    }

    /// <summary>Reads the works of a page's <c>results</c>; its other members (<c>meta</c>, <c>group_by</c>) are skipped.</summary>
    private void ReadPage(ref Utf8JsonReader reader, ref LineCounter lines, List<ReadItem> output, CancellationToken cancellationToken)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("results"u8))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                if (reader.TokenType != JsonTokenType.Null)
                {
                    output.Add(Reject(lines.At(reader.TokenStartIndex), "results", JsonValues.Expected("an array", reader.TokenType)));
                    reader.Skip();
                }

                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long line = lines.At(reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    works.Read(ref reader, line, output);
                }
                else
                {
                    output.Add(Reject(line, RecordField, JsonValues.Expected("a JSON object", reader.TokenType)));
                    reader.Skip();
                }
            }
        }
    }

    /// <summary>
    /// A look at the object's members up to the first <c>results</c> (a page) or <c>id</c> (a work, or another
    /// entity when the id names one). Anything else is taken as a work, whose parser reports what is missing.
    /// </summary>
    private static (Kind Kind, string? Entity) Classify(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return (Kind.Work, null);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("results"u8))
            {
                return (Kind.Page, null);
            }

            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                string? entity = reader.TokenType == JsonTokenType.String && TryString(ref reader, out string? id)
                    ? OpenAlexIds.NonWorkKind(id!)
                    : null;
                return entity is null ? (Kind.Work, null) : (Kind.OtherEntity, entity);
            }

            reader.Skip();
        }

        return (Kind.Work, null);
    }

    private static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        try
        {
            value = reader.GetString();
            return value is not null;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8: the work parser reports it.
            value = null;
            return false;
        }
    }

    private ReadItem Reject(long line, string field, string reason) => ReadItem.Of(Diagnostic.Rejected(path, line, field, reason));
}
