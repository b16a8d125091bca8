using System.Text.Json;

using Aici.Core.Classify;
using Aici.Sources;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// The hand-labelled development set (<c>tests/devset/devset.jsonl</c>, see its README): invented papers with gold
/// <c>ai</c>, <c>techniques</c>, <c>media</c> and <c>creative_domains</c>.
/// </summary>
internal sealed record DevRecord(string Id, PaperText Text, bool? Ai, IReadOnlyDictionary<string, IReadOnlySet<string>> Gold);

internal static class DevSet
{
    public static readonly string[] Lists = ["techniques", "media", "creative_domains"];

    /// <exception cref="InputException">The file cannot be read or a line is not a dev-set record.</exception>
    public static List<DevRecord> Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(path, "cannot read dev set: " + e.Message, e);
        }

        var records = new List<DevRecord>();
        for (int n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            try
            {
                using JsonDocument doc = JsonDocument.Parse(lines[n]);
                JsonElement r = doc.RootElement;
                var gold = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
                foreach (string list in Lists)
                {
                    if (r.TryGetProperty(list, out JsonElement values) && values.ValueKind == JsonValueKind.Array)
                    {
                        gold[list] = new HashSet<string>(values.EnumerateArray().Select(v => v.GetString()!), StringComparer.Ordinal);
                    }
                }

                string[] categories = r.TryGetProperty("categories", out JsonElement c) && c.ValueKind == JsonValueKind.Array
                    ? [.. c.EnumerateArray().Select(v => v.GetString()!)]
                    : [];
                bool? ai = r.TryGetProperty("ai", out JsonElement a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False ? a.GetBoolean() : null;
                string? abstractText = r.TryGetProperty("abstract", out JsonElement ab) && ab.ValueKind == JsonValueKind.String ? ab.GetString() : null;
                records.Add(new DevRecord(r.GetProperty("id").GetString()!, new PaperText(r.GetProperty("title").GetString()!, abstractText, categories), ai, gold));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw InputException.For($"{path}:{n + 1}", "not a dev-set record: " + e.Message, e);
            }
        }

        return records;
    }
}
