using System.Globalization;
using System.Text;
using System.Text.Json;
using Aici.Core.Run;

namespace Aici.Cli.Pipeline;

/// <summary>The run manifest as indented JSON, keys in a fixed order.</summary>
internal static class ManifestJson
{
    public static string Write(RunManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", manifest.Tool);
            json.WriteString("tool_version", manifest.ToolVersion);
            json.WriteStartObject("options");
            foreach (KeyValuePair<string, string> option in manifest.Options)
            {
                json.WriteString(option.Key, option.Value);
            }

            json.WriteEndObject();
            json.WriteStartArray("inputs");
            foreach (InputFile input in manifest.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("path", input.Path);
                json.WriteString("format", input.Format);
                json.WriteNumber("bytes", input.Bytes);
                json.WriteString("sha256", input.Sha256);
                json.WriteNumber("records", input.Records);
                json.WriteNumber("rejected", input.Rejected);
                json.WriteNumber("warnings", input.Warnings);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("ai_definition", manifest.AiDefinition);
            json.WriteStartArray("compared_definitions");
            foreach (string definition in manifest.ComparedDefinitions)
            {
                json.WriteStringValue(definition);
            }

            json.WriteEndArray();
            WriteFiles(json, "taxonomies", manifest.Taxonomies);
            WriteFiles(json, "models", manifest.Models);
            json.WriteStartObject("counts");
            json.WriteNumber("records", manifest.Counts.Records);
            json.WriteNumber("rejected", manifest.Counts.Rejected);
            json.WriteNumber("warnings", manifest.Counts.Warnings);
            json.WriteNumber("works", manifest.Counts.Works);
            json.WriteNumber("ai_works", manifest.Counts.AiWorks);
            json.WriteNumber("located_ai_works", manifest.Counts.LocatedAiWorks);
            json.WriteEndObject();
            json.WriteString("started", manifest.Started.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("finished", manifest.Finished.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFiles(Utf8JsonWriter json, string name, IReadOnlyList<TaxonomyFile> files)
    {
        json.WriteStartArray(name);
        foreach (TaxonomyFile file in files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteString("version", file.Version);
            json.WriteString("path", file.Path);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
