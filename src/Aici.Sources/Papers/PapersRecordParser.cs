using System.Globalization;
using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.Papers;

/// <summary>
/// Parses one line of Aici's papers interchange format (see docs/formats.md) with a <see cref="Utf8JsonReader"/>.
/// One instance serves one read of one file.
/// </summary>
internal sealed class PapersRecordParser : IJsonLineParser
{
    /// <summary>The prefix of keys of papers without an arXiv id: "papers:" + id.</summary>
    public const string KeyPrefix = "papers:";

    private readonly string path;
    private readonly RecordWarnings warnings;
    private readonly PaperAffiliations affiliations;
    private readonly CategoryLists categories = new();
    private readonly List<string> strings = [];

    public PapersRecordParser(string path)
    {
        this.path = path;
        warnings = new RecordWarnings(path);
        affiliations = new PaperAffiliations(warnings);
    }

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
        string? venue = null;
        string? doi = null;
        string? arxivId = null;
        int? year = null;
        string[] authorNames = [];
        List<Affiliation[]>? authorAffiliations = null;
        List<CountryCode> paperCountries = [];
        IReadOnlyList<string> categoryList = [];

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
                titleProblem = JsonValues.TryString(ref reader, out title) ? null : JsonValues.Expected("a string", reader.TokenType);
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                reader.Read();
                abstractText = JsonValues.OptionalString(ref reader, warnings, lineNumber, "abstract");
            }
            else if (reader.ValueTextEquals("year"u8))
            {
                reader.Read();
                year = ReadYear(ref reader, lineNumber);
            }
            else if (reader.ValueTextEquals("venue"u8))
            {
                reader.Read();
                venue = JsonValues.OptionalString(ref reader, warnings, lineNumber, "venue")?.Trim();
            }
            else if (reader.ValueTextEquals("authors"u8))
            {
                reader.Read();
                authorNames = ReadNames(ref reader, lineNumber);
            }
            else if (reader.ValueTextEquals("affiliations"u8))
            {
                reader.Read();
                authorAffiliations = affiliations.Read(ref reader, lineNumber, paperCountries);
            }
            else if (reader.ValueTextEquals("countries"u8))
            {
                reader.Read();
                affiliations.ReadCountries(ref reader, lineNumber, paperCountries);
            }
            else if (reader.ValueTextEquals("doi"u8))
            {
                reader.Read();
                doi = JsonValues.OptionalString(ref reader, warnings, lineNumber, "doi")?.Trim();
            }
            else if (reader.ValueTextEquals("arxiv_id"u8))
            {
                reader.Read();
                arxivId = JsonValues.OptionalString(ref reader, warnings, lineNumber, "arxiv_id");
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                reader.Read();
                categoryList = ReadCategories(ref reader, lineNumber);
            }
            else
            {
                reader.Skip();
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

        id = id!.Trim();
        arxivId = string.IsNullOrWhiteSpace(arxivId) ? null : ArxivIds.Normalize(arxivId);
        var paper = new Paper
        {
            Key = arxivId is null ? KeyPrefix + id : Paper.ArxivKey(arxivId),
            Source = PapersJsonLinesReader.SourceName,
            Id = id,
            Title = title!,
            Abstract = string.IsNullOrWhiteSpace(abstractText) ? null : abstractText,
            Year = year,
            Categories = categoryList,
            Venue = string.IsNullOrEmpty(venue) ? null : venue,
            Authors = affiliations.Authors(authorNames, authorAffiliations, paperCountries, lineNumber),
            Countries = paperCountries,
            Doi = string.IsNullOrEmpty(doi) ? null : doi,
            ArxivId = arxivId,
            Location = new SourceLocation(path, lineNumber),
        };

        warnings.Emit(paper, output);
    }

    private static (string? Id, string? Problem) ReadId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return (JsonValues.RawText(ref reader), null);
        }

        return JsonValues.TryString(ref reader, out string? id)
            ? (id, null)
            : (null, JsonValues.Expected("a string", reader.TokenType));
    }

    /// <summary>A JSON integer, or a string holding one; anything else is a warning and no year.</summary>
    private int? ReadYear(ref Utf8JsonReader reader, long lineNumber)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out int number):
                return number;
            case JsonTokenType.Number:
                warnings.Add(lineNumber, "year", "not an integer: " + JsonValues.RawText(ref reader));
                return null;
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out int parsed))
                {
                    return parsed;
                }

                warnings.Add(lineNumber, "year", $"not an integer: '{text}'");
                return null;
            default:
                warnings.Add(lineNumber, "year", "not an integer: " + JsonValues.Describe(reader.TokenType));
                reader.Skip();
                return null;
        }
    }

    /// <summary>Author names: an array of strings, or one string holding one name.</summary>
    private string[] ReadNames(ref Utf8JsonReader reader, long lineNumber)
    {
        List<string> names = JsonValues.ReadStrings(ref reader, strings, warnings, lineNumber, "authors");
        var result = new List<string>(names.Count);
        foreach (string name in names)
        {
            string collapsed = Whitespace.Collapse(name);
            if (collapsed.Length > 0)
            {
                result.Add(collapsed);
            }
        }

        return [.. result];
    }

    private IReadOnlyList<string> ReadCategories(ref Utf8JsonReader reader, long lineNumber)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return categories.Split(reader.GetString());
        }

        var list = new List<string>();
        foreach (string name in JsonValues.ReadStrings(ref reader, strings, warnings, lineNumber, "categories"))
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                CategoryLists.AddDistinct(list, categories.Name(name.AsSpan().Trim()));
            }
        }

        return list;
    }

    private ReadItem Reject(long lineNumber, string field, string reason) => ReadItem.Of(Diagnostic.Rejected(path, lineNumber, field, reason));
}
