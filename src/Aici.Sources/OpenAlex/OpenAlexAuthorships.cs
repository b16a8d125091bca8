using System.Text.Json;

using Aici.Core.Affiliations;
using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Reads a work's <c>authorships[]</c> into authors (see <see cref="AuthorshipAffiliations"/> for how affiliations
/// and countries are put together). Values of the wrong type are skipped with a warning naming their path
/// ("authorships[2].institutions[0].country_code").
/// </summary>
internal sealed class OpenAlexAuthorships(RecordWarnings warnings)
{
    public const string Field = "authorships";

    private readonly OpenAlexCountries countries = new(warnings);
    private readonly CheckedValues values = new(warnings);
    private readonly List<string> strings = [];

    public Author[] Read(ref Utf8JsonReader reader, long line)
    {
        if (!values.IsArray(ref reader, line, Field))
        {
            return [];
        }

        var authors = new List<Author>();
        int index = 0;
        while (values.NextObject(ref reader, line, Field, ref index, out string field))
        {
            if (AuthorshipAffiliations.Author(ReadAuthorship(ref reader, line, field)) is { } author)
            {
                authors.Add(author);
            }
            else
            {
                warnings.Add(line, field, "no author name: authorship skipped");
            }
        }

        return [.. authors];
    }

    private AuthorshipParts ReadAuthorship(ref Utf8JsonReader reader, long line, string field)
    {
        var parts = new AuthorshipParts();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("author"u8))
            {
                reader.Read();
                parts.DisplayName = values.DisplayName(ref reader, line, field + ".author");
            }
            else if (reader.ValueTextEquals("raw_author_name"u8))
            {
                reader.Read();
                parts.RawName = JsonValues.OptionalString(ref reader, warnings, line, field + ".raw_author_name");
            }
            else if (reader.ValueTextEquals("institutions"u8))
            {
                reader.Read();
                ReadInstitutions(ref reader, line, field + ".institutions", parts.Institutions);
            }
            else if (reader.ValueTextEquals("affiliations"u8))
            {
                reader.Read();
                ReadEntries(ref reader, line, field + ".affiliations", parts.Entries);
            }
            else if (reader.ValueTextEquals("raw_affiliation_strings"u8))
            {
                reader.Read();
                parts.RawAffiliations.AddRange(JsonValues.ReadStrings(ref reader, strings, warnings, line, field + ".raw_affiliation_strings"));
            }
            else if (reader.ValueTextEquals("countries"u8))
            {
                reader.Read();
                string countriesField = field + ".countries";
                foreach (string name in JsonValues.ReadStrings(ref reader, strings, warnings, line, countriesField))
                {
                    if (countries.Resolve(name, line, countriesField) is { } code && !parts.Countries.Contains(code))
                    {
                        parts.Countries.Add(code);
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return parts;
    }

    /// <summary><c>institutions[]</c>: <c>{id, display_name, ror, country_code, type, lineage}</c>.</summary>
    private void ReadInstitutions(ref Utf8JsonReader reader, long line, string field, List<OpenAlexInstitution> into)
    {
        if (!values.IsArray(ref reader, line, field))
        {
            return;
        }

        int index = 0;
        while (values.NextObject(ref reader, line, field, ref index, out string item))
        {
            string? id = null;
            string? name = null;
            string? ror = null;
            CountryCode? country = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = JsonValues.OptionalString(ref reader, warnings, line, item + ".id");
                }
                else if (reader.ValueTextEquals("display_name"u8))
                {
                    reader.Read();
                    name = JsonValues.OptionalString(ref reader, warnings, line, item + ".display_name");
                }
                else if (reader.ValueTextEquals("ror"u8))
                {
                    reader.Read();
                    ror = JsonValues.OptionalString(ref reader, warnings, line, item + ".ror");
                }
                else if (reader.ValueTextEquals("country_code"u8))
                {
                    reader.Read();
                    string codeField = item + ".country_code";
                    country = countries.Resolve(JsonValues.OptionalString(ref reader, warnings, line, codeField), line, codeField);
                }
                else
                {
                    reader.Skip();
                }
            }

            into.Add(new OpenAlexInstitution(id, name, string.IsNullOrWhiteSpace(ror) ? null : RorIds.ToShort(ror), country));
        }
    }

    /// <summary><c>affiliations[]</c>: <c>{raw_affiliation_string, institution_ids[]}</c>.</summary>
    private void ReadEntries(ref Utf8JsonReader reader, long line, string field, List<(string? Text, List<string> InstitutionIds)> into)
    {
        if (!values.IsArray(ref reader, line, field))
        {
            return;
        }

        int index = 0;
        while (values.NextObject(ref reader, line, field, ref index, out string item))
        {
            string? text = null;
            var ids = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("raw_affiliation_string"u8))
                {
                    reader.Read();
                    text = JsonValues.OptionalString(ref reader, warnings, line, item + ".raw_affiliation_string");
                }
                else if (reader.ValueTextEquals("institution_ids"u8))
                {
                    reader.Read();
                    ids.AddRange(JsonValues.ReadStrings(ref reader, strings, warnings, line, item + ".institution_ids"));
                }
                else
                {
                    reader.Skip();
                }
            }

            into.Add((text, ids));
        }
    }
}
