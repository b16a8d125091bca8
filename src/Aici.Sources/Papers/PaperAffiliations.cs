using System.Globalization;
using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.Papers;

/// <summary>
/// The <c>affiliations</c> and <c>countries</c> of a papers record: affiliation texts per author and country names
/// resolved to codes (unknown words ignored, unresolvable names warned about).
/// </summary>
internal sealed class PaperAffiliations(RecordWarnings warnings)
{
    private readonly CountryLookup countries = new();
    private readonly List<string> strings = [];

    /// <summary>
    /// Reads the <c>affiliations</c> array: one list of affiliations per author index. Countries that belong to no
    /// affiliation text go to <paramref name="paperCountries"/>.
    /// </summary>
    public List<Affiliation[]>? Read(ref Utf8JsonReader reader, long line, List<CountryCode> paperCountries)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                warnings.Add(line, "affiliations", JsonValues.Expected("an array", reader.TokenType));
                reader.Skip();
            }

            return null;
        }

        var result = new List<Affiliation[]>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadEntry(ref reader, result.Count, line, paperCountries));
        }

        return result;
    }

    /// <summary>Adds the codes of the country names in the current value (a paper's <c>countries</c>).</summary>
    public void ReadCountries(ref Utf8JsonReader reader, long line, List<CountryCode> codes)
    {
        foreach (string name in JsonValues.ReadStrings(ref reader, strings, warnings, line, "countries"))
        {
            if (Resolve(name, "countries", line) is { } code)
            {
                AddDistinct(codes, code);
            }
        }
    }

    /// <summary>
    /// The authors with their affiliations. Entries beyond the last author are a warning; their countries are kept
    /// for the paper.
    /// </summary>
    public Author[] Authors(string[] names, List<Affiliation[]>? affiliations, List<CountryCode> paperCountries, long line)
    {
        int entries = affiliations?.Count ?? 0;
        if (entries > names.Length)
        {
            warnings.Add(line, "affiliations", string.Create(CultureInfo.InvariantCulture,
                $"{entries} entries for {names.Length} authors: the extra entries' countries are kept for the paper"));
            for (int i = names.Length; i < entries; i++)
            {
                foreach (Affiliation affiliation in affiliations![i])
                {
                    foreach (CountryCode code in affiliation.Countries)
                    {
                        AddDistinct(paperCountries, code);
                    }
                }
            }
        }

        var authors = new Author[names.Length];
        for (int i = 0; i < authors.Length; i++)
        {
            authors[i] = new Author(names[i], i < entries ? affiliations![i] : []);
        }

        return authors;
    }

    private static void AddDistinct(List<CountryCode> codes, CountryCode code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    /// <summary>
    /// One author's <c>{"affiliation": [..], "country": [..] | null}</c>. When there are as many country names as
    /// affiliations they pair up index by index; otherwise every affiliation gets all of the author's countries.
    /// Countries of an author listed without any affiliation text go to the paper's countries.
    /// </summary>
    private Affiliation[] ReadEntry(ref Utf8JsonReader reader, int index, long line, List<CountryCode> paperCountries)
    {
        string field = string.Create(CultureInfo.InvariantCulture, $"affiliations[{index}]");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                warnings.Add(line, field, JsonValues.Expected("an object", reader.TokenType));
                reader.Skip();
            }

            return [];
        }

        List<string> texts = [];
        List<string> countryNames = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("affiliation"u8))
            {
                reader.Read();
                foreach (string text in JsonValues.ReadStrings(ref reader, strings, warnings, line, field + ".affiliation"))
                {
                    string collapsed = Whitespace.Collapse(text);
                    if (collapsed.Length > 0)
                    {
                        texts.Add(collapsed);
                    }
                }
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                reader.Read();
                countryNames.AddRange(JsonValues.ReadStrings(ref reader, strings, warnings, line, field + ".country"));
            }
            else
            {
                reader.Skip();
            }
        }

        var codes = new CountryCode?[countryNames.Count];
        var distinct = new List<CountryCode>();
        for (int i = 0; i < codes.Length; i++)
        {
            if (Resolve(countryNames[i], field + ".country", line) is { } code)
            {
                codes[i] = code;
                AddDistinct(distinct, code);
            }
        }

        if (texts.Count == 0)
        {
            distinct.ForEach(code => AddDistinct(paperCountries, code));
            return [];
        }

        bool paired = texts.Count == codes.Length;
        var result = new Affiliation[texts.Count];
        for (int i = 0; i < result.Length; i++)
        {
            IReadOnlyList<CountryCode> located = paired ? (codes[i] is { } code ? [code] : []) : distinct;
            result[i] = new Affiliation(texts[i], located);
        }

        return result;
    }

    private CountryCode? Resolve(string name, string field, long line)
    {
        switch (countries.Resolve(name, out CountryCode code))
        {
            case CountryMatch.Found:
                return code;
            case CountryMatch.Unrecognised:
                warnings.Add(line, field, $"unknown country '{name}'");
                return null;
            default:
                return null;
        }
    }
}
