using System.Globalization;
using System.Text;

using Aici.Core.Classify.Model.Training;

namespace Aici.Cli.Commands.Classify;

/// <summary>Rows of per-label precision, recall, F1 and support, printed as text and as CSV (invariant culture).</summary>
internal sealed class EvaluationTable(string title, string population)
{
    private readonly List<(string Definition, string Label, LabelCounts Counts)> _rows = [];

    public string Title { get; } = title;

    public string Population { get; } = population;

    public IReadOnlyList<(string Definition, string Label, LabelCounts Counts)> Rows => _rows;

    public void Add(string definition, string label, LabelCounts counts) => _rows.Add((definition, label, counts));

    public LabelCounts? Find(string definition, string label) =>
        _rows.Where(r => r.Definition == definition && r.Label == label).Select(r => (LabelCounts?)r.Counts).FirstOrDefault();

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Title).AppendLine("  " + Population);
        int d = Math.Max(10, _rows.Select(r => r.Definition.Length).DefaultIfEmpty(0).Max());
        int l = Math.Max(5, _rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max());
        sb.AppendLine(Invariant($"  {"definition".PadRight(d)} {"label".PadRight(l)} {"precision",9} {"recall",7} {"F1",6} {"support",8}"));
        foreach ((string definition, string label, LabelCounts c) in _rows)
        {
            sb.AppendLine(Invariant($"  {definition.PadRight(d)} {label.PadRight(l)} {c.Precision,9:0.000} {c.Recall,7:0.000} {c.F1,6:0.000} {c.Support,8}"));
        }

        return sb.ToString();
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| definition | label | precision | recall | F1 | support |").AppendLine("|---|---|---:|---:|---:|---:|");
        foreach ((string definition, string label, LabelCounts c) in _rows)
        {
            sb.AppendLine(Invariant($"| {definition} | {label} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} | {c.Support} |"));
        }

        return sb.ToString();
    }

    public string ToCsv()
    {
        var sb = new StringBuilder("definition,label,precision,recall,f1,support,true_positives,false_positives,false_negatives,population\n");
        foreach ((string definition, string label, LabelCounts c) in _rows)
        {
            sb.Append(Invariant($"{definition},{label},{c.Precision:F4},{c.Recall:F4},{c.F1:F4},{c.Support},{c.TruePositives},{c.FalsePositives},{c.FalseNegatives},"))
                .Append('"').Append(Population.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').Append('\n');
        }

        return sb.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
