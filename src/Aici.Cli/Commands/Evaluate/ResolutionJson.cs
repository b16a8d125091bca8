using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Core.Affiliations;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>
/// One resolution as a JSON line: <c>{"affiliation", "ror", "country", "score", "rule", "country_rule"}</c>, plus
/// <c>"matches"</c> when the string names several institutions.
/// </summary>
internal static class ResolutionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(AffiliationResolution resolution)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("affiliation", resolution.Affiliation);
            WriteNullable(json, "ror", resolution.Organisation?.Id);
            WriteNullable(json, "country", resolution.Country?.Value);
            if (resolution.Score is { } score)
            {
                json.WriteNumber("score", score);
            }
            else
            {
                json.WriteNull("score");
            }

            json.WriteString("rule", resolution.Rule);
            WriteNullable(json, "country_rule", resolution.CountryRule);
            if (resolution.Organisation is { } best)
            {
                json.WriteString("name", best.Name);
            }

            if (resolution.Matches.Count > 1)
            {
                json.WriteStartArray("matches");
                foreach (InstitutionMatch match in resolution.Matches)
                {
                    json.WriteStartObject();
                    json.WriteString("ror", match.Organisation.Id);
                    json.WriteString("name", match.Organisation.Name);
                    WriteNullable(json, "country", match.Organisation.Country?.Value);
                    json.WriteNumber("score", match.Score);
                    json.WriteString("rule", match.Rule);
                    json.WriteString("matched", match.Matched);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
