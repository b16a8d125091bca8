using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.Arxiv;

/// <summary>
/// Parses one line of the Kaggle arXiv snapshot (<c>arxiv-metadata-oai-snapshot.json</c>) with a
/// <see cref="Utf8JsonReader"/> over the line's bytes: only the kept fields become strings, the rest is skipped.
/// One instance serves one read of one file (it caches category lists and reuses buffers).
/// </summary>
internal sealed class KaggleRecordParser(string path) : IJsonLineParser
{
    private readonly CategoryLists categories = new();
    private readonly RecordWarnings warnings = new(path);
    private char[] scratch = new char[1024];

    public void Parse(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output)
    {
        warnings.Clear();
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            output.Add(Reject(lineNumber, "record", JsonValues.Expected("a JSON object", reader.TokenType)));
            return;
        }

        string? id = null;
        string? idProblem = null;
        string? title = null;
        string? titleProblem = null;
        string? abstractText = null;
        string? doi = null;
        IReadOnlyList<string> categoryList = [];
        long authorsAt = -1;
        List<Author>? parsedAuthors = null;
        DateOnly? submitted = null;
        string? version = null;
        DateOnly? updated = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            KaggleField field = KaggleFields.Match(ref reader);
            reader.Read();
            switch (field)
            {
                case KaggleField.Id:
                    idProblem = JsonValues.TryString(ref reader, out id) ? null : JsonValues.Expected("a string", reader.TokenType);
                    break;
                case KaggleField.Title:
                    titleProblem = JsonValues.TryString(ref reader, out title) ? null : JsonValues.Expected("a string", reader.TokenType);
                    break;
                case KaggleField.Abstract:
                    abstractText = JsonValues.OptionalString(ref reader, warnings, lineNumber, "abstract");
                    break;
                case KaggleField.Categories:
                    categoryList = ReadCategories(ref reader, lineNumber);
                    break;
                case KaggleField.Authors when reader.TokenType == JsonTokenType.String:
                    authorsAt = reader.TokenStartIndex;
                    break;
                case KaggleField.Authors when reader.TokenType != JsonTokenType.Null:
                    Warn(lineNumber, "authors", JsonValues.Expected("a string", reader.TokenType));
                    reader.Skip();
                    break;
                case KaggleField.AuthorsParsed:
                    parsedAuthors = ReadParsedAuthors(ref reader, lineNumber);
                    break;
                case KaggleField.Versions:
                    (submitted, version) = ReadVersions(ref reader, lineNumber);
                    break;
                case KaggleField.UpdateDate:
                    updated = ReadDate(ref reader, lineNumber, "update_date", iso: true);
                    break;
                case KaggleField.Doi:
                    doi = JsonValues.OptionalString(ref reader, warnings, lineNumber, "doi")?.Trim();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // The whole line must be one JSON value: this throws on anything but white space after it.
        reader.Read();

        if (RequiredField.Problem("id", id, idProblem) is { } idError)
        {
            output.Add(Reject(lineNumber, "id", idError));
            return;
        }

        if (RequiredField.Problem("title", title, titleProblem) is { } titleError)
        {
            output.Add(Reject(lineNumber, "title", titleError));
            return;
        }

        string arxivId = ArxivIds.Normalize(id!);
        var paper = new Paper
        {
            Key = Paper.ArxivKey(arxivId),
            Source = KaggleSnapshotReader.SourceName,
            Id = arxivId,
            Title = title!,
            Abstract = string.IsNullOrWhiteSpace(abstractText) ? null : abstractText,
            Year = submitted?.Year ?? ArxivIds.Year(arxivId),
            Submitted = submitted,
            Version = version,
            Updated = updated,
            Categories = categoryList,
            Authors = parsedAuthors is { Count: > 0 } ? parsedAuthors : authorsAt >= 0 ? NamesOf(line, authorsAt) : [],
            Doi = string.IsNullOrEmpty(doi) ? null : doi,
            ArxivId = arxivId,
            Location = new SourceLocation(path, lineNumber),
        };

        warnings.Emit(paper, output);
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
