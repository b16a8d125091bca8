using System.Security.Cryptography;
using System.Text.Json;
using Aici.Core.Run;
using Aici.Core.Taxonomy;
using CoreTaxonomy = Aici.Core.Taxonomy.Taxonomy;

namespace Aici.Sources.Taxonomy;

/// <summary>
/// Loads taxonomy files (JSON, format in <c>taxonomy/README.md</c>) and describes each for the run manifest.
/// A bad file is an <see cref="InputException"/> naming the file, the line (for syntax errors) and the field.
/// </summary>
public static class TaxonomyLoader
{
    /// <summary>The taxonomy files a research run needs, in the order their labels are applied.</summary>
    public static readonly string[] ResearchFiles = ["ai.json", "modalities.json", "techniques.json", "media.json", "creative_domains.json"];

    public static IReadOnlyList<(CoreTaxonomy Taxonomy, TaxonomyFile File)> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InputException($"{directory}: taxonomy folder not found");
        }

        return [.. ResearchFiles.Select(name => Load(Path.Combine(directory, name)))];
    }

    public static (CoreTaxonomy Taxonomy, TaxonomyFile File) Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read taxonomy file ({e.Message})", e);
        }

        CoreTaxonomy taxonomy;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            taxonomy = Parse(doc.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}:{(e.LineNumber ?? 0) + 1}: invalid JSON in taxonomy file: {e.Message}", e);
        }

        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (taxonomy, new TaxonomyFile(taxonomy.Name, taxonomy.Version, path, sha));
    }

    private static CoreTaxonomy Parse(JsonElement root, string path)
    {
        string name = RequiredString(root, "name", path, "name");
        string version = RequiredString(root, "version", path, "version");
        if (!root.TryGetProperty("labels", out JsonElement labels) || labels.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{path}: field 'labels' must be an array");
        }

        var definitions = new List<LabelDefinition>();
        int i = 0;
        foreach (JsonElement label in labels.EnumerateArray())
        {
            string at = $"labels[{i}]";
            string labelName = RequiredString(label, "label", path, at + ".label");
            string kindText = RequiredString(label, "kind", path, at + ".kind");
            LabelKind kind = kindText switch
            {
                "ai" => LabelKind.Ai,
                "modality" => LabelKind.Modality,
                "technique" => LabelKind.Technique,
                "medium" => LabelKind.Medium,
                "creative_domain" => LabelKind.CreativeDomain,
                _ => throw new InputException($"{path}: field '{at}.kind' is '{kindText}'; expected ai, modality, technique, medium or creative_domain"),
            };
            List<string> categories = Strings(label, "categories", path, at);
            List<string> phrases = Strings(label, "phrases", path, at);
            List<string> exclude = Strings(label, "exclude", path, at);
            List<string> sic = Strings(label, "sic", path, at);
            if (sic.FirstOrDefault(code => !IsSicClass(code)) is { } badSic)
            {
                throw new InputException($"{path}: field '{at}.sic': '{badSic}' is not a SIC 2007 class like \"73.11\"");
            }
            int minPhrases = AtLeastOne(label, "min_phrases", path, at);
            int minMentions = AtLeastOne(label, "min_mentions", path, at);

            if (categories.Count == 0 && phrases.Count == 0)
            {
                throw new InputException($"{path}: label '{labelName}' ({at}) has neither categories nor phrases");
            }

            if (definitions.Any(d => d.Name == labelName))
            {
                throw new InputException($"{path}: field '{at}.label': '{labelName}' is defined twice");
            }

            definitions.Add(new LabelDefinition(labelName, kind, categories, phrases, exclude, minPhrases, minMentions) { Sic = sic });
            i++;
        }

        return new CoreTaxonomy(name, version, definitions);
    }

    private static bool IsSicClass(string code) =>
        code.Length == 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '.' &&
        char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);

    private static string RequiredString(JsonElement element, string property, string path, string field)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out JsonElement value) ||
            value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new InputException($"{path}: field '{field}' is missing or not a non-empty string");
        }

        return value.GetString()!;
    }

    private static List<string> Strings(JsonElement label, string property, string path, string at)
    {
        if (!label.TryGetProperty(property, out JsonElement array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{path}: field '{at}.{property}' must be an array of strings");
        }

        var list = new List<string>();
        int j = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string? s = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(s) || !s.Any(char.IsLetterOrDigit))
            {
                throw new InputException($"{path}: field '{at}.{property}[{j}]' must be a phrase with at least one letter or digit");
            }

            list.Add(s);
            j++;
        }

        return list;
    }

    // an optional whole number of at least 1 (default 1)
    private static int AtLeastOne(JsonElement label, string field, string path, string at)
    {
        if (!label.TryGetProperty(field, out JsonElement value))
        {
            return 1;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && n >= 1
            ? n
            : throw new InputException($"{path}: field '{at}.{field}' must be a whole number, 1 or more (found {value.GetRawText()})");
    }
}
