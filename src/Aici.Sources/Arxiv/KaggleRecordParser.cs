using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.Arxiv;

/// <summary>
/// Parses one line of the Kaggle arXiv snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): checked and indexed by
/// <see cref="JsonLineScan"/>, or, for a line it refuses, read with a <see cref="Utf8JsonReader"/> over the line's
/// bytes; either way only the kept fields become strings, the rest is skipped. One instance serves one read of one
/// file (it caches category lists and reuses buffers).
/// </summary>
internal sealed class KaggleRecordParser(string path) : IJsonLineParser
{
    private readonly CategoryLists categories = new();
    private readonly RecordWarnings warnings = new(path);
    private char[] scratch = new char[1024];

    private readonly JsonMember[] members = new JsonMember[32];

    /// <summary>Whether lines go through <see cref="JsonLineScan"/> first (off only to test it against the reader alone).</summary>
    internal bool QuickScan { get; init; } = true;

    public void Parse(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output)
    {
        // most lines are checked and indexed by the quick scan and read from its index; any other line (invalid,
        // or unusual in a way the quick path does not handle) is read by Utf8JsonReader alone, whose verdict stands
        warnings.Clear();
        int count = QuickScan ? JsonLineScan.Scan(line, members) : -1;
        var values = default(KaggleValues);
        if (count < 0 || !TryReadScanned(line, members.AsSpan(0, count), lineNumber, ref values))
        {
            warnings.Clear();
            values = default;
            if (!TryRead(line, lineNumber, output, ref values))
            {
                return;
            }
        }

        Finish(line, lineNumber, output, ref values);
    }

    // The kept fields by Utf8JsonReader; false when the line is rejected (its rejection added).
    private bool TryRead(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output, ref KaggleValues v)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            output.Add(Reject(lineNumber, "record", JsonValues.Expected("a JSON object", reader.TokenType)));
            return false;
        }

        v.AuthorsAt = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            KaggleField field = KaggleFields.Match(ref reader);
            reader.Read();
            switch (field)
            {
                case KaggleField.Id:
                    v.IdProblem = JsonValues.TryString(ref reader, out v.Id) ? null : JsonValues.Expected("a string", reader.TokenType);
                    break;
                case KaggleField.Title:
                    v.TitleProblem = JsonValues.TryString(ref reader, out v.Title) ? null : JsonValues.Expected("a string", reader.TokenType);
                    break;
                case KaggleField.Abstract:
                    v.Abstract = JsonValues.OptionalString(ref reader, warnings, lineNumber, "abstract");
                    break;
                case KaggleField.Categories:
                    v.Categories = ReadCategories(ref reader, lineNumber);
                    break;
                case KaggleField.Authors when reader.TokenType == JsonTokenType.String:
                    v.AuthorsAt = reader.TokenStartIndex;
                    break;
                case KaggleField.Authors when reader.TokenType != JsonTokenType.Null:
                    Warn(lineNumber, "authors", JsonValues.Expected("a string", reader.TokenType));
                    reader.Skip();
                    break;
                case KaggleField.Doi:
                    v.Doi = JsonValues.OptionalString(ref reader, warnings, lineNumber, "doi")?.Trim();
                    break;
                case KaggleField.AuthorsParsed or KaggleField.Versions or KaggleField.UpdateDate:
                    ReadStructured(field, ref reader, lineNumber, ref v);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // The whole line must be one JSON value: this throws on anything but white space after it.
        reader.Read();
        return true;
    }

    // The kept fields from the quick scan's members, as TryRead reads them; false when the line needs TryRead (a
    // field of an unexpected type, which makes a warning there, an escaped key, a field given twice, an escaped
    // surrogate in a string read). Strings are unescaped from the line; the small structured fields (authors_parsed,
    // versions, update_date) are read by Utf8JsonReader over their own bytes, as TryRead reads them.
    private bool TryReadScanned(ReadOnlySpan<byte> line, ReadOnlySpan<JsonMember> scanned, long lineNumber, ref KaggleValues v)
    {
        v.AuthorsAt = -1;
        int seen = 0;
        foreach (JsonMember m in scanned)
        {
            if (m.KeyEscaped)
            {
                return false;
            }

            KaggleField field = KaggleFields.Match(line.Slice(m.KeyStart, m.KeyLength));
            if (field == KaggleField.Other)
            {
                continue;
            }

            if ((seen & (1 << (int)field)) != 0)
            {
                return false;
            }

            seen |= 1 << (int)field;
            if (field is KaggleField.AuthorsParsed or KaggleField.Versions or KaggleField.UpdateDate)
            {
                // the value's own bytes, quotes included: a whole JSON value the scan has checked
                int start = m.Kind == JsonLineScan.ValueKind.String ? m.ValueStart - 1 : m.ValueStart;
                int length = m.Kind == JsonLineScan.ValueKind.String ? m.ValueLength + 2 : m.ValueLength;
                var reader = new Utf8JsonReader(line.Slice(start, length));
                reader.Read();
                ReadStructured(field, ref reader, lineNumber, ref v);
                continue;
            }

            if (m.Kind == JsonLineScan.ValueKind.Other)
            {
                return false;
            }

            if (m.Kind == JsonLineScan.ValueKind.Null)
            {
                continue;
            }

            ReadOnlySpan<byte> value = line.Slice(m.ValueStart, m.ValueLength);
            if (field == KaggleField.Authors)
            {
                v.AuthorsAt = m.ValueStart - 1;
                continue;
            }

            if (scratch.Length < value.Length)
            {
                scratch = new char[Math.Max(value.Length, scratch.Length * 2)];
            }

            int n = JsonStringCopy.TryCopy(value, m.ValueEscaped, scratch);
            if (n < 0)
            {
                return false;
            }

            ReadOnlySpan<char> text = scratch.AsSpan(0, n);
            switch (field)
            {
                case KaggleField.Id:
                    v.Id = new string(text);
                    break;
                case KaggleField.Title:
                    v.Title = new string(text);
                    break;
                case KaggleField.Abstract:
                    v.Abstract = new string(text);
                    break;
                case KaggleField.Categories:
                    v.Categories = categories.Split(text);
                    break;
                default:
                    v.Doi = new string(text.Trim());
                    break;
            }
        }

        return true;
    }

    private void ReadStructured(KaggleField field, ref Utf8JsonReader reader, long lineNumber, ref KaggleValues v)
    {
        switch (field)
        {
            case KaggleField.AuthorsParsed:
                v.ParsedAuthors = ReadParsedAuthors(ref reader, lineNumber);
                break;
            case KaggleField.Versions:
                (v.Submitted, v.Version) = ReadVersions(ref reader, lineNumber);
                break;
            default:
                v.Updated = ReadDate(ref reader, lineNumber, "update_date", iso: true);
                break;
        }
    }

    // The record from its kept fields: rejected without an id or title, else the paper with its warnings.
    private void Finish(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output, ref KaggleValues v)
    {
        if (RequiredField.Problem("id", v.Id, v.IdProblem) is { } idError)
        {
            output.Add(Reject(lineNumber, "id", idError));
            return;
        }

        if (RequiredField.Problem("title", v.Title, v.TitleProblem) is { } titleError)
        {
            output.Add(Reject(lineNumber, "title", titleError));
            return;
        }

        string arxivId = ArxivIds.Normalize(v.Id!);
        var paper = new Paper
        {
            Key = Paper.ArxivKey(arxivId),
            Source = KaggleSnapshotReader.SourceName,
            Id = arxivId,
            Title = v.Title!,
            Abstract = string.IsNullOrWhiteSpace(v.Abstract) ? null : v.Abstract,
            Year = v.Submitted?.Year ?? ArxivIds.Year(arxivId),
            Submitted = v.Submitted,
            Version = v.Version,
            Updated = v.Updated,
            Categories = v.Categories ?? [],
            Authors = v.ParsedAuthors is { Count: > 0 } ? v.ParsedAuthors : v.AuthorsAt >= 0 ? NamesOf(line, v.AuthorsAt) : [],
            Doi = string.IsNullOrEmpty(v.Doi) ? null : v.Doi,
            ArxivId = arxivId,
            Location = new SourceLocation(path, lineNumber),
        };

        warnings.Emit(paper, output);
    }

    /// <summary>The kept fields of one record as read.</summary>
    private struct KaggleValues
    {
        public string? Id;
        public string? IdProblem;
        public string? Title;
        public string? TitleProblem;
        public string? Abstract;
        public string? Doi;
        public IReadOnlyList<string>? Categories;
        public long AuthorsAt;
        public List<Author>? ParsedAuthors;
        public DateOnly? Submitted;
        public string? Version;
        public DateOnly? Updated;
    }

    private static NamedAuthors NamesOf(ReadOnlySpan<byte> line, long authorsAt)
    {
        // the names are split when first read (locating reads them only when an author has an affiliation, and
        // these have none)
        var reader = new Utf8JsonReader(line[(int)authorsAt..]);
        reader.Read();
        return new NamedAuthors(reader.GetString()!, AuthorNames.Split);
    }

    private IReadOnlyList<string> ReadCategories(ref Utf8JsonReader reader, long lineNumber)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            Warn(lineNumber, "categories", JsonValues.Expected("a string", reader.TokenType));
            reader.Skip();
            return [];
        }

        int n = JsonValues.CopyString(ref reader, scratch);
        return n >= 0 ? categories.Split(scratch.AsSpan(0, n)) : categories.Split(reader.GetString());
    }

    private List<Author>? ReadParsedAuthors(ref Utf8JsonReader reader, long lineNumber)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                Warn(lineNumber, "authors_parsed", JsonValues.Expected("an array", reader.TokenType));
                reader.Skip();
            }

            return null;
        }

        var authors = new List<Author>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            if (ReadParsedAuthor(ref reader) is { } author)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    /// <summary>One [last, first, suffix, affiliation…] entry; the real snapshot appends affiliations after the suffix.</summary>
    private Author? ReadParsedAuthor(ref Utf8JsonReader reader)
    {
        Span<int> starts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int used = 0;
        List<Affiliation>? affiliations = null;
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
            }
            else if (index < 3)
            {
                int max = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (used + max > scratch.Length)
                {
                    Array.Resize(ref scratch, Math.Max(scratch.Length * 2, used + max));
                }

                starts[index] = used;
                lengths[index] = reader.CopyString(scratch.AsSpan(used));
                used += lengths[index];
            }
            else if (reader.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
            {
                (affiliations ??= []).Add(Affiliation.Unlocated(Whitespace.Collapse(text)));
            }

            index++;
        }

        ReadOnlySpan<char> buffer = scratch;
        string name = AuthorNames.Join(
            buffer.Slice(starts[0], lengths[0]),
            buffer.Slice(starts[1], lengths[1]),
            buffer.Slice(starts[2], lengths[2]));
        return name.Length == 0 ? null : new Author(name, affiliations is null ? [] : affiliations);
    }

    /// <summary>The first version's <c>created</c> date (the submission date) and the last version's label ("v3").</summary>
    private (DateOnly? Submitted, string? Version) ReadVersions(ref Utf8JsonReader reader, long lineNumber)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                Warn(lineNumber, "versions", JsonValues.Expected("an array", reader.TokenType));
                reader.Skip();
            }

            return (null, null);
        }

        DateOnly? date = null;
        string? version = null;
        bool first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                first = false;
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (first && reader.ValueTextEquals("created"u8))
                {
                    reader.Read();
                    date = ReadDate(ref reader, lineNumber, "versions", iso: false);
                }
                else if (reader.ValueTextEquals("version"u8))
                {
                    reader.Read();
                    version = reader.TokenType == JsonTokenType.String ? reader.GetString() : version;
                    if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            first = false;
        }

        return (date, version);
    }

    private DateOnly? ReadDate(ref Utf8JsonReader reader, long lineNumber, string field, bool iso)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            Warn(lineNumber, field, "unreadable date: " + JsonValues.Expected("a string", reader.TokenType));
            reader.Skip();
            return null;
        }

        int n = JsonValues.CopyString(ref reader, scratch);
        ReadOnlySpan<char> text = n >= 0 ? scratch.AsSpan(0, n) : reader.GetString();
        bool ok = iso ? ArxivDates.TryParseIso(text, out DateOnly date) : ArxivDates.TryParseRfc1123(text, out date);
        if (ok)
        {
            return date;
        }

        Warn(lineNumber, field, $"unreadable date '{text}'");
        return null;
    }

    private void Warn(long lineNumber, string field, string reason) => warnings.Add(lineNumber, field, reason);

    private ReadItem Reject(long lineNumber, string field, string reason) => ReadItem.Of(Diagnostic.Rejected(path, lineNumber, field, reason));
}
