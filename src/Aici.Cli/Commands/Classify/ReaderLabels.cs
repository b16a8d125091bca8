using System.Text.Json;

using Aici.Sources;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// Labels a reader gave held-out records from their title and abstract, blind to the categories, the venue and the
/// model (<c>tests/devset/reader-labels.jsonl</c>, see the dev set's README): one JSON object a line,
/// <c>{"table": "arxiv"|"venues", "id": "…", "sound": true, "text": false}</c>, a label left out where the reader
/// could not decide. A second gold beside the categories and venues, which are proxies an author or a venue chose.
/// </summary>
internal sealed class ReaderLabels
{
    public static readonly string[] Tables = ["arxiv", "venues"];

    private readonly Dictionary<(string Table, string Id), Dictionary<string, bool>> _labels;

    private ReaderLabels(Dictionary<(string Table, string Id), Dictionary<string, bool>> labels) => _labels = labels;

    public int Count => _labels.Count;

    /// <summary>The labels the file decides, in the order first seen.</summary>
    public IReadOnlyList<string> Labels { get; private init; } = [];

    /// <summary>Whether the reader read record <paramref name="id"/> of <paramref name="table"/>.</summary>
    public bool Decides(string table, string id) => _labels.ContainsKey((table, id));

    /// <summary>The reader's decision on <paramref name="label"/> of record <paramref name="id"/>, or null when not read or undecided.</summary>
    public bool? Gold(string table, string id, string label) =>
        _labels.TryGetValue((table, id), out Dictionary<string, bool>? labels) && labels.TryGetValue(label, out bool gold) ? gold : null;

    /// <exception cref="InputException">The file cannot be read, or a line is not a reader's record (file, line and field named).</exception>
    public static ReaderLabels Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(path, "cannot read the reader's labels: " + e.Message, e);
        }

        var labels = new Dictionary<(string, string), Dictionary<string, bool>>();
        var names = new List<string>();
        for (int n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            string line = $"line {n + 1}: ";
            JsonElement record;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(lines[n]);
                record = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw InputException.For(path, line + "not JSON: " + e.Message, e);
            }

            if (record.ValueKind != JsonValueKind.Object)
            {
                throw InputException.For(path, line + "not a JSON object");
            }

            string table = Text(record, "table", path, line);
            if (!Tables.Contains(table))
            {
                throw InputException.For(path, line + $"field table: '{table}' is not one of {string.Join(", ", Tables)}");
            }

            string id = Text(record, "id", path, line);
            var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (JsonProperty p in record.EnumerateObject())
            {
                if (p.Name is "table" or "id" or "note")
                {
                    continue;
                }

                if (p.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw InputException.For(path, line + $"field {p.Name}: a label is true or false (leave it out when undecided)");
                }

                decided[p.Name] = p.Value.GetBoolean();
                if (!names.Contains(p.Name))
                {
                    names.Add(p.Name);
                }
            }

            if (!labels.TryAdd((table, id), decided))
            {
                throw InputException.For(path, line + $"field id: {table} record {id} is read twice");
            }
        }

        return new ReaderLabels(labels) { Labels = names };
    }

    private static string Text(JsonElement record, string field, string path, string line) =>
        record.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw InputException.For(path, line + $"field {field}: missing or not a string");
}
