using System.Globalization;
using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Reads one OpenAlex work object with a <see cref="Utf8JsonReader"/>, whichever layout it comes in (an API page's
/// <c>results[]</c>, a single-work file, a snapshot line), and turns it into a paper or an error diagnostic.
/// One instance serves one read of one file.
/// </summary>
internal sealed class OpenAlexWorkParser
{
    /// <summary>The key prefix of works with neither an arXiv id nor a DOI: "openalex:W123".</summary>
    public const string KeyPrefix = "openalex:";

    /// <summary>The key prefix of works with a DOI but no arXiv id: "doi:10.x/y" (lower case).</summary>
    public const string DoiKeyPrefix = "doi:";

    private readonly string path;
    private readonly RecordWarnings warnings;
    private readonly OpenAlexAuthorships authorships;
    private readonly CheckedValues values;

    public OpenAlexWorkParser(string path)
    {
        this.path = path;
        warnings = new RecordWarnings(path);
        authorships = new OpenAlexAuthorships(warnings);
        values = new CheckedValues(warnings);
    }

    /// <summary>
    /// Reads the work whose <see cref="JsonTokenType.StartObject"/> the reader is on, and leaves the reader on its
    /// <see cref="JsonTokenType.EndObject"/>. A work that cannot be used (no id, no title, a string that is not valid
    /// UTF-8) becomes an error on <paramref name="line"/>; invalid JSON throws <see cref="JsonException"/>.
    /// </summary>
    public void Read(ref Utf8JsonReader reader, long line, List<ReadItem> output)
    {
        warnings.Clear();
        int depth = reader.CurrentDepth;
        var work = new WorkFields();
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ReadProperty(ref reader, work, line);
            }
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString on invalid UTF-8 or a lone surrogate escape: drop this work, go on after it.
            while ((reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != depth) && reader.Read())
            {
            }

            output.Add(Reject(line, JsonLines.JsonField, "invalid JSON: " + e.Message));
            return;
        }

        Build(work, line, output);
    }

    private void ReadProperty(ref Utf8JsonReader reader, WorkFields work, long line)
    {
        if (reader.ValueTextEquals("id"u8))
        {
            reader.Read();
            work.IdProblem = JsonValues.TryString(ref reader, out string? id) ? null : JsonValues.Expected("a string", reader.TokenType);
            work.Id = id;
        }
        else if (reader.ValueTextEquals("title"u8))
        {
            reader.Read();
            work.TitleProblem = JsonValues.TryString(ref reader, out string? title) ? null : JsonValues.Expected("a string", reader.TokenType);
            work.Title = title;
        }
        else if (reader.ValueTextEquals("display_name"u8))
        {
            reader.Read();
            work.DisplayName = JsonValues.OptionalString(ref reader, warnings, line, "display_name");
        }
        else if (reader.ValueTextEquals("doi"u8))
        {
            reader.Read();
            work.Doi = JsonValues.OptionalString(ref reader, warnings, line, "doi");
        }
        else if (reader.ValueTextEquals("publication_year"u8))
        {
            reader.Read();
            work.Year = ReadYear(ref reader, line);
        }
        else if (reader.ValueTextEquals("publication_date"u8))
        {
            reader.Read();
            work.Date = ReadDate(ref reader, line);
        }
        else if (reader.ValueTextEquals("ids"u8))
        {
            reader.Read();
            ReadIds(ref reader, work, line);
        }
        else if (reader.ValueTextEquals("abstract_inverted_index"u8))
        {
            reader.Read();
            work.Abstract = AbstractInvertedIndex.Read(ref reader, warnings, line);
        }
        else if (reader.ValueTextEquals("authorships"u8))
        {
            reader.Read();
            work.Authors = authorships.Read(ref reader, line);
        }
        else if (reader.ValueTextEquals("primary_topic"u8))
        {
            reader.Read();
            work.Topic = ReadDisplayName(ref reader, line, "primary_topic");
        }
        else if (reader.ValueTextEquals("primary_location"u8))
        {
            reader.Read();
            work.Venue = ReadVenue(ref reader, line);
        }
        else
        {
            reader.Skip();
        }
    }

    private void Build(WorkFields work, long line, List<ReadItem> output)
    {
        string? rawId = work.Id ?? (work.IdProblem is null ? work.IdsOpenAlex : null);
        if (RequiredField.Problem("id", rawId, work.IdProblem) is { } idError)
        {
            output.Add(Reject(line, "id", idError));
            return;
        }

        if (OpenAlexIds.WorkId(rawId!) is not { } id)
        {
            output.Add(Reject(line, "id", $"not an OpenAlex work id: '{rawId}'"));
            return;
        }

        string? title = work.TitleProblem is null && string.IsNullOrWhiteSpace(work.Title) && !string.IsNullOrWhiteSpace(work.DisplayName)
            ? work.DisplayName
            : work.Title;
        if (RequiredField.Problem("title", title, work.TitleProblem) is { } titleError)
        {
            output.Add(Reject(line, "title", titleError));
            return;
        }

        string? doi = DoiBody(work.Doi, "doi", line, warn: true);
        string? idsDoi = DoiBody(work.IdsDoi, "ids.doi", line, warn: doi is null);
        string? arxivId = ArxivId(work.IdsArxiv, line) ?? OpenAlexIds.ArxivIdFromDoi(doi) ?? OpenAlexIds.ArxivIdFromDoi(idsDoi);
        string? keyDoi = (doi ?? idsDoi)?.ToLowerInvariant();
        var paper = new Paper
        {
            Key = arxivId is not null ? Paper.ArxivKey(arxivId) : keyDoi is not null ? DoiKeyPrefix + keyDoi : KeyPrefix + id,
            Source = OpenAlexWorksReader.SourceName,
            Id = id,
            Title = title!,
            Abstract = string.IsNullOrWhiteSpace(work.Abstract) ? null : work.Abstract,
            Year = work.Year ?? work.Date?.Year,
            Submitted = work.Date,
            Venue = work.Venue,
            Topic = work.Topic,
            Authors = work.Authors,
            Doi = keyDoi,
            ArxivId = arxivId,
            Location = new SourceLocation(path, line),
        };

        warnings.Emit(paper, output);
    }

    /// <summary><c>ids</c>: <c>openalex</c>, <c>doi</c> and <c>arxiv</c> are used (mag, pmid, pmcid have no paper field).</summary>
    private void ReadIds(ref Utf8JsonReader reader, WorkFields work, long line)
    {
        if (!values.IsObject(ref reader, line, "ids"))
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("openalex"u8))
            {
                reader.Read();
                work.IdsOpenAlex = JsonValues.OptionalString(ref reader, warnings, line, "ids.openalex");
            }
            else if (reader.ValueTextEquals("doi"u8))
            {
                reader.Read();
                work.IdsDoi = JsonValues.OptionalString(ref reader, warnings, line, "ids.doi");
            }
            else if (reader.ValueTextEquals("arxiv"u8))
            {
                reader.Read();
                work.IdsArxiv = JsonValues.OptionalString(ref reader, warnings, line, "ids.arxiv");
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The <c>display_name</c> of the object the reader is on (<c>primary_topic</c>, a location's <c>source</c>).</summary>
    private string? ReadDisplayName(ref Utf8JsonReader reader, long line, string field)
    {
        string collapsed = Whitespace.Collapse(values.DisplayName(ref reader, line, field) ?? "");
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary><c>primary_location.source.display_name</c>.</summary>
    private string? ReadVenue(ref Utf8JsonReader reader, long line)
    {
        if (!values.IsObject(ref reader, line, "primary_location"))
        {
            return null;
        }

        string? venue = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("source"u8))
            {
                reader.Read();
                venue = ReadDisplayName(ref reader, line, "primary_location.source");
            }
            else
            {
                reader.Skip();
            }
        }

        return venue;
    }

    private int? ReadYear(ref Utf8JsonReader reader, long line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out int year):
                return year;
            case JsonTokenType.Number:
                warnings.Add(line, "publication_year", "not an integer: " + JsonValues.RawText(ref reader));
                return null;
            default:
                warnings.Add(line, "publication_year", JsonValues.Expected("an integer", reader.TokenType));
                reader.Skip();
                return null;
        }
    }

    private DateOnly? ReadDate(ref Utf8JsonReader reader, long line)
    {
        string? text = JsonValues.OptionalString(ref reader, warnings, line, "publication_date");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.AsSpan().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        warnings.Add(line, "publication_date", $"not a date (YYYY-MM-DD): '{text}'");
        return null;
    }

    /// <summary>The DOI of <paramref name="value"/> in its original case, or null (a warning when it is not a DOI).</summary>
    private string? DoiBody(string? value, string field, long line, bool warn)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string? body = OpenAlexIds.DoiBody(value);
        if (body is null && warn)
        {
            warnings.Add(line, field, $"not a DOI: '{value}'");
        }

        return body;
    }

    private string? ArxivId(string? value, long line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string? id = OpenAlexIds.ArxivId(value);
        if (id is null)
        {
            warnings.Add(line, "ids.arxiv", $"not an arXiv id: '{value}'");
        }

        return id;
    }

    private ReadItem Reject(long line, string field, string reason) => ReadItem.Of(Diagnostic.Rejected(path, line, field, reason));
}
