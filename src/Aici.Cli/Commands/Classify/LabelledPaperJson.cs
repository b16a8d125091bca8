using System.Text.Json;

using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// One line of <c>aici classify</c>'s output: <c>{"id", "ai", "ai_score", "modalities", "media", "techniques",
/// "creative_domains", "evidence"}</c>, where evidence holds, for <c>ai</c> (when true) and each label carried, the
/// categories, phrases, model score and top features (name and contribution to the margin) that decided it.
/// Numbers are rounded to 4 decimals, so the same input gives the same bytes.
/// </summary>
internal static class LabelledPaperJson
{
    public static void Write(Utf8JsonWriter json, string id, LabelledPaper paper)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, id);
        json.WriteBoolean("ai"u8, paper.Ai.IsAi);
        json.WriteNumber("ai_score"u8, Round(paper.Ai.Score));
        WriteNames(json, "modalities"u8, paper.Modalities);
        WriteNames(json, "media"u8, paper.Media);
        WriteNames(json, "techniques"u8, paper.Techniques);
        WriteNames(json, "creative_domains"u8, paper.CreativeDomains);
        json.WriteStartObject("evidence"u8);
        foreach (Label label in paper.All)
        {
            json.WritePropertyName(label.Name);
            WriteEvidence(json, label.Evidence);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        if (evidence.Categories.Count > 0)
        {
            json.WriteStartArray("categories"u8);
            foreach (string category in evidence.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
        }

        if (evidence.Phrases.Count > 0)
        {
            json.WriteStartArray("phrases"u8);
            foreach (string phrase in evidence.Phrases)
            {
                json.WriteStringValue(phrase);
            }

            json.WriteEndArray();
        }

        if (evidence.Score is double score)
        {
            json.WriteNumber("score"u8, Round(score));
        }

        if (evidence.Features.Count > 0)
        {
            json.WriteStartArray("features"u8);
            foreach (KeyValuePair<string, double> feature in evidence.Features)
            {
                json.WriteStartObject();
                json.WriteString("feature"u8, feature.Key);
                json.WriteNumber("contribution"u8, Round(feature.Value));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void WriteNames(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<Label> labels)
    {
        json.WriteStartArray(name);
        foreach (Label label in labels)
        {
            json.WriteStringValue(label.Name);
        }

        json.WriteEndArray();
    }
}
