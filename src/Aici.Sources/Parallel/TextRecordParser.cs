using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Json;

namespace Aici.Sources.Parallel;

/// <summary>
/// Reads the id, title, abstract and categories of one JSON line of a Kaggle arXiv snapshot or a papers file into a
/// <see cref="TextRecord"/>, skipping every other field unread. A record is rejected as the regular readers reject it
/// (not an object, missing or blank id or title, invalid JSON); a field of the wrong type is a warning. The strings
/// are unescaped into the record's buffers: nothing is allocated but the id.
/// </summary>
internal sealed class TextRecordParser(bool arxiv)
{
    private readonly JsonMember[] _members = new JsonMember[32];
    private char[] _scratch = new char[256];

    /// <summary>Whether lines go through <see cref="JsonLineScan"/> first (off only to test it against the reader alone).</summary>
    internal bool QuickScan { get; init; } = true;

    /// <summary>Parses <paramref name="line"/>; returns false when the record is rejected (its diagnostic added).</summary>
    public bool Parse(ReadOnlySpan<byte> line, string path, long lineNumber, TextRecord record, List<Diagnostic> diagnostics)
    {
        record.Clear();
        record.File = path;
        record.Line = lineNumber;
        try
        {
            // most lines are checked and indexed by the quick scan and read from its index; any other line (invalid,
            // or unusual in a way the quick path does not handle) is read by Utf8JsonReader, whose verdict stands
            int members = QuickScan ? JsonLineScan.Scan(line, _members) : -1;
            if (members >= 0 && TryParseScanned(line, _members.AsSpan(0, members), path, lineNumber, record, diagnostics, out bool accepted))
            {
                return accepted;
            }

            record.Clear();
            return ParseObject(line, path, lineNumber, record, diagnostics);
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Rejected(path, lineNumber, JsonLines.JsonField, "invalid JSON: " + JsonValues.Describe(e)));
            return false;
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Add(Diagnostic.Rejected(path, lineNumber, JsonLines.JsonField, "invalid JSON: " + e.Message));
            return false;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool ParseObject(ReadOnlySpan<byte> line, string path, long lineNumber, TextRecord record, List<Diagnostic> diagnostics)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            diagnostics.Add(Diagnostic.Rejected(path, lineNumber, "record", JsonValues.Expected("a JSON object", reader.TokenType)));
            return false;
        }

        string? id = null;
        string? idProblem = null;
        bool hasTitle = false;
        string? titleProblem = null;
        int firstWarning = diagnostics.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                (id, idProblem) = ReadId(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    record.SetTitle(JsonStringCopy.Copy(ref reader, record.TitleBuffer(reader.ValueSpan.Length)));
                    hasTitle = true;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    titleProblem = JsonValues.Expected("a string", reader.TokenType);
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    record.SetAbstract(JsonStringCopy.Copy(ref reader, record.AbstractBuffer(reader.ValueSpan.Length)));
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    diagnostics.Add(Diagnostic.Warned(path, lineNumber, "abstract", JsonValues.Expected("a string", reader.TokenType)));
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                reader.Read();
                ReadCategories(ref reader, record, path, lineNumber, diagnostics);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // The whole line must be one JSON value: this throws on anything but white space after it.
        reader.Read();
        return Finish(record, id, idProblem, hasTitle, titleProblem, path, lineNumber, diagnostics, firstWarning);
    }

    // The record from the quick scan's members, as ParseObject reads it; false when the line needs ParseObject
    // (a field of an unexpected type, which makes a warning there, an escaped key, a field given twice, an escaped
    // surrogate in a string read).
    private bool TryParseScanned(
        ReadOnlySpan<byte> line, ReadOnlySpan<JsonMember> members, string path, long lineNumber, TextRecord record, List<Diagnostic> diagnostics, out bool accepted)
    {
        accepted = false;
        string? id = null;
        bool hasTitle = false;
        int seen = 0;
        foreach (JsonMember m in members)
        {
            if (m.KeyEscaped)
            {
                return false;
            }

            ReadOnlySpan<byte> key = line.Slice(m.KeyStart, m.KeyLength);
            int field = key.SequenceEqual("id"u8) ? 1 : key.SequenceEqual("title"u8) ? 2 : key.SequenceEqual("abstract"u8) ? 4 : key.SequenceEqual("categories"u8) ? 8 : 0;
            if (field == 0)
            {
                continue;
            }

            if ((seen & field) != 0 || m.Kind == JsonLineScan.ValueKind.Other)
            {
                return false;
            }

            seen |= field;
            if (m.Kind == JsonLineScan.ValueKind.Null)
            {
                continue;
            }

            ReadOnlySpan<byte> value = line.Slice(m.ValueStart, m.ValueLength);
            switch (field)
            {
                case 1:
                    int idLength = JsonStringCopy.TryCopy(value, m.ValueEscaped, Scratch(value.Length));
                    if (idLength < 0)
                    {
                        return false;
                    }

                    id = new string(_scratch, 0, idLength);
                    break;
                case 2:
                    int titleLength = JsonStringCopy.TryCopy(value, m.ValueEscaped, record.TitleBuffer(value.Length));
                    if (titleLength < 0)
                    {
                        return false;
                    }

                    record.SetTitle(titleLength);
                    hasTitle = true;
                    break;
                case 4:
                    int abstractLength = JsonStringCopy.TryCopy(value, m.ValueEscaped, record.AbstractBuffer(value.Length));
                    if (abstractLength < 0)
                    {
                        return false;
                    }

                    record.SetAbstract(abstractLength);
                    break;
                default:
                    int categoriesLength = JsonStringCopy.TryCopy(value, m.ValueEscaped, Scratch(value.Length));
                    if (categoriesLength < 0)
                    {
                        return false;
                    }

                    record.AddCategories(_scratch.AsSpan(0, categoriesLength));
                    break;
            }
        }

        accepted = Finish(record, id, null, hasTitle, null, path, lineNumber, diagnostics, diagnostics.Count);
        return true;
    }

    // The required fields' verdict: the record's id set, or its rejection added (dropping its warnings).
    private bool Finish(
        TextRecord record, string? id, string? idProblem, bool hasTitle, string? titleProblem, string path, long lineNumber, List<Diagnostic> diagnostics, int firstWarning)
    {
        (string Field, string Reason)? rejection =
            RequiredField.Problem("id", id, idProblem) is { } idError ? ("id", idError)
            : TitleProblem(record, hasTitle, titleProblem) is { } titleError ? ("title", titleError)
            : null;
        if (rejection is { } r)
        {
            diagnostics.RemoveRange(firstWarning, diagnostics.Count - firstWarning);
            diagnostics.Add(Diagnostic.Rejected(path, lineNumber, r.Field, r.Reason));
            return false;
        }

        record.Id = arxiv ? ArxivIds.Normalize(id!) : id!.Trim();
        return true;
    }

    private Span<char> Scratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }

        return _scratch;
    }

    private static string? TitleProblem(TextRecord record, bool hasTitle, string? typeProblem) =>
        typeProblem ?? (!hasTitle ? "missing title" : record.Title.IsWhiteSpace() ? "empty title" : null);

    private (string? Id, string? Problem) ReadId(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return (reader.GetString(), null);
            case JsonTokenType.Null:
                return (null, null);
            case JsonTokenType.Number when !arxiv:
                return (JsonValues.RawText(ref reader), null);
            default:
                JsonTokenType found = reader.TokenType;
                reader.Skip();
                return (null, JsonValues.Expected("a string", found));
        }
    }

    private void ReadCategories(ref Utf8JsonReader reader, TextRecord record, string path, long lineNumber, List<Diagnostic> diagnostics)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
                record.AddCategories(Copy(ref reader));
                return;
            case JsonTokenType.StartArray when !arxiv:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        ReadOnlySpan<char> name = Copy(ref reader).Trim();
                        if (!name.IsEmpty)
                        {
                            record.AddCategory(name);
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        diagnostics.Add(Diagnostic.Warned(path, lineNumber, "categories", JsonValues.Expected("a string", reader.TokenType)));
                        reader.Skip();
                    }
                }

                return;
            default:
                diagnostics.Add(Diagnostic.Warned(path, lineNumber, "categories", JsonValues.Expected(arxiv ? "a string" : "an array of strings", reader.TokenType)));
                reader.Skip();
                return;
        }
    }

    private ReadOnlySpan<char> Copy(ref Utf8JsonReader reader) =>
        _scratch.AsSpan(0, JsonStringCopy.Copy(ref reader, Scratch(reader.ValueSpan.Length)));
}
