using System.Text.Json;

using Aici.Sources;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// Labels a reader gave records from their title and abstract, blind to the categories, the venue and every Aici
/// decision (<c>tests/devset/reader-*.jsonl</c>, see the dev set's README). One JSON object a line naming a record,
/// <c>{"table": "arxiv"|"venues", "id": "…", …}</c>, with either or both of
/// <list type="bullet">
/// <item>labels as booleans, <c>"sound": true, "text": false</c>, a label left out where the reader could not decide;</item>
/// <item>whole label groups as lists, <c>"techniques": ["llm"], "media": [], "creative_domains": ["publishing"]</c>:
/// every label of a listed group that is not in its list is false, except those named in <c>"unclear": […]</c>.</item>
/// </list>
/// <c>"note"</c> is read by people, not here. <c>"stratum"</c> says how a sampled record was drawn: a record of
/// stratum <c>random</c> is one of a simple random sample of the training records that no other stratum of the
/// reading lists, and stands for the unread ones when a confirming model's threshold is chosen.
/// Several files may describe the same record (one its sound and text, another its techniques); a label decided
/// twice is an error. A second gold beside the categories and venues, which are proxies an author or a venue chose.
/// </summary>
internal sealed class ReaderLabels
{
    public static readonly string[] Tables = ["arxiv", "venues"];

    /// <summary>The label groups a line may list whole.</summary>
    public static readonly string[] Groups = ["techniques", "media", "creative_domains"];

    private readonly Dictionary<(string Table, string Id), Reading> _readings;

    private ReaderLabels(Dictionary<(string Table, string Id), Reading> readings, List<string> labels, List<string> groups)
    {
        _readings = readings;
        Labels = labels;
        GroupsRead = groups;
    }

    /// <summary>The labels decided as booleans, in the order first seen.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The label groups read whole, in the order first seen.</summary>
    public IReadOnlyList<string> GroupsRead { get; }

    /// <summary>
    /// The reader's decision on <paramref name="label"/> of record <paramref name="id"/>, or null when not read or
    /// undecided; <paramref name="group"/> is the label's group, for records whose group was read whole.
    /// </summary>
    public bool? Gold(string table, string id, string label, string? group = null)
    {
        if (!_readings.TryGetValue((table, id), out Reading? reading))
        {
            return null;
        }

        if (reading.Decided.TryGetValue(label, out bool gold))
        {
            return gold;
        }

        return group is not null && reading.GroupsRead.Contains(group) && !reading.Unclear.Contains(label)
            ? reading.Listed.Contains(label)
            : null;
    }

    /// <summary>The records whose label group <paramref name="group"/> was read whole, with their stratum (null when
    /// not sampled), in no particular order.</summary>
    public IEnumerable<(string Table, string Id, string? Stratum)> ReadWhole(string group) =>
        _readings.Where(r => r.Value.GroupsRead.Contains(group)).Select(r => (r.Key.Table, r.Key.Id, r.Value.Stratum));

    /// <summary>How many of the records the file at <paramref name="fileIndex"/> read one of <paramref name="groups"/>
    /// of whole <paramref name="counted"/> accepts (it takes a table and an id).</summary>
    public int RecordsReadBy(int fileIndex, IReadOnlyList<string> groups, Func<string, string, bool> counted) =>
        _readings.Count(r => groups.Any(g => r.Value.GroupFiles.TryGetValue(g, out int f) && f == fileIndex) && counted(r.Key.Table, r.Key.Id));

    /// <summary>How many records the file at <paramref name="fileIndex"/> (in the order given to <see cref="Load"/>) names.</summary>
    public int RecordsOf(int fileIndex) => _readings.Count(r => r.Value.Files.Contains(fileIndex));

    /// <summary>How many of the records the file at <paramref name="fileIndex"/> decides labels of as booleans (the
    /// labels a model trains on; a file of whole label groups decides none) <paramref name="counted"/> accepts (it
    /// takes a table and an id).</summary>
    public int RecordsDecidedBy(int fileIndex, Func<string, string, bool> counted) =>
        _readings.Count(r => r.Value.FilesDeciding.Contains(fileIndex) && counted(r.Key.Table, r.Key.Id));

    /// <exception cref="InputException">A file cannot be read, or a line is not a reader's record (file, line and field named).</exception>
    public static ReaderLabels Load(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var readings = new Dictionary<(string, string), Reading>();
        var labels = new List<string>();
        var groups = new List<string>();
        for (int f = 0; f < paths.Count; f++)
        {
            Read(paths[f], f, readings, labels, groups);
        }

        return new ReaderLabels(readings, labels, groups);
    }

    private static void Read(string path, int fileIndex, Dictionary<(string, string), Reading> readings, List<string> labels, List<string> groups)
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

        var seen = new HashSet<(string, string)>();
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
            if (!seen.Add((table, id)))
            {
                throw InputException.For(path, line + $"field id: {table} record {id} is read twice");
            }

            if (!readings.TryGetValue((table, id), out Reading? reading))
            {
                readings.Add((table, id), reading = new Reading());
            }

            reading.Files.Add(fileIndex);
            foreach (JsonProperty p in record.EnumerateObject())
            {
                if (p.Name is "table" or "id" or "note")
                {
                    continue;
                }

                if (p.Name == "stratum")
                {
                    string stratum = Text(record, "stratum", path, line);
                    if (reading.Stratum is not null && reading.Stratum != stratum)
                    {
                        throw InputException.For(path, line + $"field stratum: {table} record {id} was drawn as '{reading.Stratum}' in another file");
                    }

                    reading.Stratum = stratum;
                    continue;
                }

                if (p.Name == "unclear" || Groups.Contains(p.Name))
                {
                    string[] names = Names(p, path, line);
                    if (p.Name == "unclear")
                    {
                        reading.Unclear.UnionWith(names);
                        continue;
                    }

                    if (!reading.GroupsRead.Add(p.Name))
                    {
                        throw InputException.For(path, line + $"field {p.Name}: {table} record {id} has this group read already");
                    }

                    reading.Listed.UnionWith(names);
                    reading.GroupFiles[p.Name] = fileIndex;
                    Note(groups, p.Name);
                    continue;
                }

                if (p.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw InputException.For(path, line + $"field {p.Name}: a label is true or false (leave it out when undecided)");
                }

                if (!reading.Decided.TryAdd(p.Name, p.Value.GetBoolean()))
                {
                    throw InputException.For(path, line + $"field {p.Name}: {table} record {id} has this label decided already");
                }

                reading.FilesDeciding.Add(fileIndex);

                Note(labels, p.Name);
            }
        }
    }

    private static string[] Names(JsonProperty p, string path, string line) =>
        p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0)
            ? [.. p.Value.EnumerateArray().Select(v => v.GetString()!)]
            : throw InputException.For(path, line + $"field {p.Name}: a list of label names");

    private static void Note(List<string> names, string name)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    private static string Text(JsonElement record, string field, string path, string line) =>
        record.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw InputException.For(path, line + $"field {field}: missing or not a string");

    // what the reader said of one record, from every file that names it
    private sealed class Reading
    {
        public Dictionary<string, bool> Decided { get; } = new(StringComparer.Ordinal);

        public HashSet<string> GroupsRead { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Listed { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Unclear { get; } = new(StringComparer.Ordinal);

        public HashSet<int> Files { get; } = [];

        // the file that read each group whole
        public Dictionary<string, int> GroupFiles { get; } = new(StringComparer.Ordinal);

        public string? Stratum { get; set; }

        // the files that decide labels of this record as booleans (those a model can train on)
        public HashSet<int> FilesDeciding { get; } = [];
    }
}
