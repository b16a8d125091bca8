using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// The records behind the evaluation's counts: every held-out false positive and false negative, per table,
/// definition and label, with the gold it was judged against, the model's probability of the label and, for a false
/// positive, the evidence of the label. Written as <c>classification_errors.jsonl</c>, one error a line, sorted by
/// table, definition, label, kind and id, so the same input gives the same file.
/// </summary>
internal sealed class ClassificationErrors
{
    public const string FileName = "classification_errors.jsonl";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<Error> _errors = [];

    public int Count => _errors.Count;

    /// <summary>Records the decision on one label of one record when it disagrees with the gold.</summary>
    /// <param name="table">"arxiv" or "venues".</param>
    /// <param name="gold">What the gold was read from: the record's categories, or its venue.</param>
    public void Add(string table, string definition, string label, bool predicted, bool actual, CorpusRecord record, string gold, LabelledPaper labels, PaperAnalysis analysis)
    {
        if (predicted == actual)
        {
            return;
        }

        string? evidence = predicted ? EvidenceOf(labels, label) : null;
        double? score = analysis.Rules.Model is { } model && model.LabelIndex(label) is int column and >= 0
            ? Math.Round(analysis.Probability(column), 4)
            : null;
        _errors.Add(new Error(table, definition, label, predicted ? "false_positive" : "false_negative", record.Id, gold, score, evidence, record.Text.Title));
    }

    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using var json = new Utf8JsonWriter(stream, Options);
        foreach (Error e in _errors.Order())
        {
            json.WriteStartObject();
            json.WriteString("table", e.Table);
            json.WriteString("definition", e.Definition);
            json.WriteString("label", e.Label);
            json.WriteString("error", e.Kind);
            json.WriteString("id", e.Id);
            json.WriteString("gold", e.Gold);
            if (e.Score is double score)
            {
                json.WriteNumber("score", score);
            }

            if (e.Evidence is not null)
            {
                json.WriteString("evidence", e.Evidence);
            }

            json.WriteString("title", e.Title);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }

        return _errors.Count;
    });

    private static string? EvidenceOf(LabelledPaper labels, string label)
    {
        if (label == Core.Taxonomy.LabelNames.Ai)
        {
            return labels.Ai.Evidence.ToString();
        }

        foreach (Label l in labels.All)
        {
            if (l.Name == label)
            {
                return l.Evidence.ToString();
            }
        }

        return null;
    }

    // ordered by table, definition, label, kind and id (ordinal): the file's order
    private sealed record Error(string Table, string Definition, string Label, string Kind, string Id, string Gold, double? Score, string? Evidence, string Title)
        : IComparable<Error>
    {
        public int CompareTo(Error? other)
        {
            if (other is null)
            {
                return 1;
            }

            int c = string.CompareOrdinal(Table, other.Table);
            c = c != 0 ? c : string.CompareOrdinal(Definition, other.Definition);
            c = c != 0 ? c : string.CompareOrdinal(Label, other.Label);
            c = c != 0 ? c : string.CompareOrdinal(Kind, other.Kind);
            return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
        }
    }
}
