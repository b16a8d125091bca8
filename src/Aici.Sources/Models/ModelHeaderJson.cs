using System.Buffers;
using System.Globalization;
using System.Text.Json;

using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;

namespace Aici.Sources.Models;

/// <summary>The JSON of a model header, written in a fixed field order with two-space indentation.</summary>
internal static class ModelHeaderJson
{
    public static byte[] Write(LinearModel model, string weightsFile, string weightsSha256)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ModelInfo info = model.Info;
            json.WriteStartObject();
            json.WriteString("format", ModelFormat.Name);
            json.WriteNumber("format_version", ModelFormat.Version);
            json.WriteString("name", info.Name);
            json.WriteString("version", info.Version);
            json.WriteString("trained", info.Trained.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartObject("features");
            json.WriteString("text", "title and abstract, folded as MatchText.Fold (LaTeX, accents), words = runs of letters and digits, lower case");
            json.WriteBoolean("pairs", info.Features.Bigrams);
            json.WriteNumber("title_weight", info.Features.TitleWeight);
            json.WriteString("value", "count / sqrt(number of word and pair occurrences)");
            json.WriteString("hashing", WordHash.Scheme);
            json.WriteEndObject();
            json.WriteString("training", info.Training);
            json.WriteString("split", info.Split);
            json.WriteStartArray("training_data");
            foreach (TrainingFile file in info.TrainingData)
            {
                json.WriteStartObject();
                json.WriteString("file", file.Name);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("records", file.Records);
                json.WriteNumber("used", file.Used);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("labels");
            foreach (ModelLabel label in model.Labels)
            {
                json.WriteStartObject();
                json.WriteString("label", label.Name);
                json.WriteNumber("bias", label.Bias);
                json.WriteNumber("threshold", label.Threshold);
                json.WriteString("method", ModelTrainer.Name(label.Method));
                json.WriteStartObject("cv_f1");
                foreach (KeyValuePair<string, double> f1 in label.CrossValidatedF1.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(f1.Key, f1.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("weights");
            json.WriteString("file", weightsFile);
            json.WriteString("sha256", weightsSha256);
            json.WriteNumber("features", model.FeatureCount);
            json.WriteString("encoding", "gzip; AICIW001: per feature its 64-bit id and an int16 per label, times a float32 scale per label");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <exception cref="JsonException">Invalid JSON.</exception>
    /// <exception cref="FormatException">Valid JSON that is not a model header of this format version.</exception>
    public static ModelHeader Parse(byte[] bytes)
    {
        ReadOnlyMemory<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        string format = Text(root, "format");
        if (format != ModelFormat.Name)
        {
            throw new FormatException($"not an Aici model header (format '{format}', expected '{ModelFormat.Name}')");
        }

        int version = Number(root, "format_version") is double v ? (int)v : -1;
        if (version != ModelFormat.Version)
        {
            throw new FormatException($"model format version {version} is not supported (this aici reads version {ModelFormat.Version}; retrain or update aici)");
        }

        JsonElement features = Element(root, "features", JsonValueKind.Object);
        string hashing = Text(features, "hashing");
        if (hashing != WordHash.Scheme)
        {
            throw new FormatException($"features hashed with '{hashing}'; this aici hashes with '{WordHash.Scheme}'");
        }

        var settings = new FeatureSettings(
            Element(features, "pairs", JsonValueKind.True, JsonValueKind.False).GetBoolean(),
            (int)(Number(features, "title_weight") ?? 1));
        if (!DateOnly.TryParseExact(Text(root, "trained"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly trained))
        {
            throw new FormatException("field 'trained' is not a date (yyyy-MM-dd)");
        }

        var info = new ModelInfo(Text(root, "name"), Text(root, "version"), trained, settings)
        {
            Training = Text(root, "training"),
            Split = Text(root, "split"),
            TrainingData = [.. Element(root, "training_data", JsonValueKind.Array).EnumerateArray().Select(f => new TrainingFile(
                Text(f, "file"), Text(f, "sha256"), (int)(Number(f, "records") ?? 0), (int)(Number(f, "used") ?? 0)))],
        };
        var labels = new List<ModelLabel>();
        foreach (JsonElement label in Element(root, "labels", JsonValueKind.Array).EnumerateArray())
        {
            string method = Text(label, "method");
            if (!Enum.TryParse(method, ignoreCase: true, out LabelMethod parsed) || !Enum.IsDefined(parsed) || method.Any(char.IsUpper))
            {
                throw new FormatException($"label method '{method}' is not one of model, phrases, either, both");
            }

            var f1 = new Dictionary<string, double>(StringComparer.Ordinal);
            if (label.TryGetProperty("cv_f1", out JsonElement scores) && scores.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty score in scores.EnumerateObject())
                {
                    f1[score.Name] = score.Value.GetDouble();
                }
            }

            labels.Add(new ModelLabel(Text(label, "label"), Number(label, "bias") ?? 0, Number(label, "threshold") ?? 0.5, parsed)
            {
                CrossValidatedF1 = f1,
            });
        }

        if (labels.Count == 0)
        {
            throw new FormatException("field 'labels' is empty");
        }

        JsonElement weights = Element(root, "weights", JsonValueKind.Object);
        string file = Text(weights, "file");
        if (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal))
        {
            throw new FormatException($"weights file '{file}' must be a file name beside the header");
        }

        return new ModelHeader(info, labels, file, Text(weights, "sha256"));
    }

    private static JsonElement Element(JsonElement parent, string name, params JsonValueKind[] kinds)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || !kinds.Contains(value.ValueKind))
        {
            throw new FormatException($"field '{name}' is missing or not {string.Join(" or ", kinds).ToLowerInvariant()}");
        }

        return value;
    }

    private static string Text(JsonElement parent, string name) => Element(parent, name, JsonValueKind.String).GetString()!;

    private static double? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
