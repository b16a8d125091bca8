using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Text;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// One line of <c>aici classify</c>'s output: <c>{"id", "ai", "ai_score", "modalities", "media", "techniques",
/// "creative_domains", "evidence"}</c>, where evidence holds, for <c>ai</c> (when true) and each label carried, the
/// categories, phrases, model score and top features (name and contribution to the margin) that decided it.
/// Numbers are rounded to 4 decimals, so the same input gives the same bytes. One instance per worker: it keeps the
/// encoded form of the names it has written (labels, categories, phrases: a few hundred taxonomy strings).
/// </summary>
internal sealed class LabelledPaperJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Ai = JsonEncodedText.Encode("ai");
    private static readonly JsonEncodedText AiScore = JsonEncodedText.Encode("ai_score");
    private static readonly JsonEncodedText Modalities = JsonEncodedText.Encode("modalities");
    private static readonly JsonEncodedText Media = JsonEncodedText.Encode("media");
    private static readonly JsonEncodedText Techniques = JsonEncodedText.Encode("techniques");
    private static readonly JsonEncodedText CreativeDomains = JsonEncodedText.Encode("creative_domains");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("categories");
    private static readonly JsonEncodedText Phrases = JsonEncodedText.Encode("phrases");
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText Features = JsonEncodedText.Encode("features");
    private static readonly JsonEncodedText Feature = JsonEncodedText.Encode("feature");
    private static readonly JsonEncodedText Contribution = JsonEncodedText.Encode("contribution");

    /// <summary>The line of a paper that carries nothing, after its id.</summary>
    private static ReadOnlySpan<byte> UnlabelledTail =>
        "\",\"ai\":false,\"ai_score\":0,\"modalities\":[],\"media\":[],\"techniques\":[],\"creative_domains\":[],\"evidence\":{}}\n"u8;

    /// <summary>Names written before, encoded (taxonomy strings, so few; feature names are not kept).</summary>
    private readonly Dictionary<string, JsonEncodedText> _names = new(StringComparer.Ordinal);

    public void Write(Utf8JsonWriter json, string id, LabelledPaper paper)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(paper);
        json.WriteStartObject();
        json.WriteString(Id, id);
        json.WriteBoolean(Ai, paper.Ai.IsAi);
        WriteRounded(json, AiScore, paper.Ai.Score);
        WriteNames(json, Modalities, paper.Modalities);
        WriteNames(json, Media, paper.Media);
        WriteNames(json, Techniques, paper.Techniques);
        WriteNames(json, CreativeDomains, paper.CreativeDomains);
        json.WriteStartObject(EvidenceName);
        if (paper.Ai.IsAi)
        {
            json.WritePropertyName(Name(Core.Taxonomy.LabelNames.Ai));
            WriteEvidence(json, paper.Ai.Evidence);
        }

        WriteEvidence(json, paper.Modalities);
        WriteEvidence(json, paper.Media);
        WriteEvidence(json, paper.Techniques);
        WriteEvidence(json, paper.CreativeDomains);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes the whole line (newline included) of a paper that carries no label and is not AI with a score of 0,
    /// from a template, when its id needs no escaping; returns false (writing nothing) otherwise.
    /// </summary>
    public static bool TryWriteUnlabelled(IBufferWriter<byte> output, string id, LabelledPaper paper)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(paper);
        if (paper.Ai.IsAi || BitConverter.DoubleToInt64Bits(Round(paper.Ai.Score)) != 0
            || paper.Modalities.Count + paper.Media.Count + paper.Techniques.Count + paper.CreativeDomains.Count > 0
            || id.AsSpan().ContainsAnyExceptInRange(' ', '~') || id.AsSpan().ContainsAny('"', '\\'))
        {
            return false;
        }

        ReadOnlySpan<byte> tail = UnlabelledTail;
        Span<byte> line = output.GetSpan(8 + id.Length + tail.Length);
        "{\"id\":\""u8.CopyTo(line);
        int at = 7;
        for (int i = 0; i < id.Length; i++)
        {
            line[at++] = (byte)id[i];
        }

        tail.CopyTo(line[at..]);
        output.Advance(at + tail.Length);
        return true;
    }

    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="value"/> rounded to four decimals (<see cref="Round"/>), written as the writer writes that
    /// double (its shortest round-trip form) but from the integer of ten-thousandths: a number k / 10,000 that the
    /// double is exactly, under 10^9, has no shorter form than its digits without trailing zeros. Anything else
    /// (zero, whose sign the writer keeps; a number the division does not give back) goes to the writer.
    /// </summary>
    internal static void WriteRounded(Utf8JsonWriter json, JsonEncodedText name, double value)
    {
        double rounded = Round(value);
        double scaled = rounded * 10_000;
        if (rounded == 0 || !(Math.Abs(scaled) < 1e13))
        {
            json.WriteNumber(name, rounded);
            return;
        }

        long tenThousandths = (long)Math.Round(scaled);
        if (tenThousandths / 10_000.0 != rounded)
        {
            json.WriteNumber(name, rounded);
            return;
        }

        Span<char> text = stackalloc char[ScaledDecimal.MaxLength];
        int length = ScaledDecimal.Write(tenThousandths, 4, text);
        json.WritePropertyName(name);
        json.WriteRawValue(text[..length], skipInputValidation: true);
    }

    private void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Label> labels)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            json.WritePropertyName(Name(labels[i].Name));
            WriteEvidence(json, labels[i].Evidence);
        }
    }

    private void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        if (evidence.Categories.Count > 0)
        {
            WriteStrings(json, Categories, evidence.Categories);
        }

        if (evidence.Phrases.Count > 0)
        {
            WriteStrings(json, Phrases, evidence.Phrases);
        }

        if (evidence.Score is double score)
        {
            WriteRounded(json, Score, score);
        }

        if (evidence.Features.Count > 0)
        {
            json.WriteStartArray(Features);
            for (int i = 0; i < evidence.Features.Count; i++)
            {
                KeyValuePair<string, double> feature = evidence.Features[i];
                json.WriteStartObject();
                json.WriteString(Feature, feature.Key);
                WriteRounded(json, Contribution, feature.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (int i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(Name(values[i]));
        }

        json.WriteEndArray();
    }

    private void WriteNames(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<Label> labels)
    {
        json.WriteStartArray(name);
        for (int i = 0; i < labels.Count; i++)
        {
            json.WriteStringValue(Name(labels[i].Name));
        }

        json.WriteEndArray();
    }

    private JsonEncodedText Name(string text)
    {
        if (!_names.TryGetValue(text, out JsonEncodedText encoded))
        {
            encoded = JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            if (_names.Count < 100_000)
            {
                _names.Add(text, encoded);
            }
        }

        return encoded;
    }
}
