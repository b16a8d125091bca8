using System.Text.Json;

namespace Aici.Sources.Vocabulary;

/// <summary>Reads the development set: JSON lines, one <see cref="DevRecord"/> a line. A bad line is an <see cref="InputException"/>.</summary>
public static class DevSet
{
    public static IReadOnlyList<DevRecord> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(path, "cannot read the development set: " + e.Message, e);
        }

        var records = new List<DevRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            DevRecord record;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(lines[i]);
                record = Parse(doc.RootElement, path, i + 1);
            }
            catch (JsonException e)
            {
                throw InputException.For($"{path}:{i + 1}", "invalid JSON: " + e.Message, e);
            }

            if (!ids.Add(record.Id))
            {
                throw InputException.For($"{path}:{i + 1}", $"id '{record.Id}' occurs twice");
            }

            records.Add(record);
        }

        return records;
    }

    private static DevRecord Parse(JsonElement e, string path, int line)
    {
        string Text(string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                ? v.GetString()!
                : throw InputException.For($"{path}:{line}", $"field '{name}' is missing or empty");

        List<string> List(string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Select(x => x.GetString() ?? throw InputException.For($"{path}:{line}", $"field '{name}' holds a non-string"))]
                : throw InputException.For($"{path}:{line}", $"field '{name}' is missing or not an array");

        bool ai = e.TryGetProperty("ai", out JsonElement a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? a.GetBoolean()
            : throw InputException.For($"{path}:{line}", "field 'ai' is missing or not true/false");
        string? note = e.TryGetProperty("note", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new DevRecord(Text("id"), Text("title"), Text("abstract"), List("categories"), ai, List("techniques"), List("media"), List("creative_domains"), note);
    }
}
