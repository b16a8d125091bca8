using System.Globalization;
using Aici.Core.Measure;

namespace Aici.Sources.Models;

/// <summary>
/// A classifier's measured accuracy, as <c>aici evaluate classify</c> writes it (<c>classification_arxiv.csv</c>:
/// definition, label, precision, recall, f1, support, true_positives, false_positives, false_negatives, population).
/// The run reads the rows of its AI definition to propagate classifier error and to show the evaluation in the report,
/// and the rows of definition <c>rules</c>: labels decided alike under every definition (techniques, media, creative
/// domains), measured against a reading of held-out papers.
/// The file holds the text-only table first and the table with categories visible after it (definitions named
/// "NAME+cat"); the text-only rows are the ones used, the honest measure, since with categories visible the
/// category-derived gold is simply read back. A label's first row counts.
/// </summary>
public static class AccuracyFile
{
    private const string Header = "definition,label,precision,recall,f1,support,true_positives,false_positives,false_negatives";

    /// <summary>The definition name of rows that hold under every definition.</summary>
    public const string EveryDefinition = "rules";

    /// <summary>The accuracy of every label measured for <paramref name="definition"/> or for every definition, in file order.</summary>
    /// <exception cref="InputException">The file is missing, or a line is not of the layout above (file, line and field named).</exception>
    public static IReadOnlyList<LabelAccuracy> Read(string path, string definition)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(definition);
        if (!File.Exists(path))
        {
            throw InputException.For(path, "accuracy file not found");
        }

        var rows = new List<LabelAccuracy>();
        int lineNo = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNo++;
            if (lineNo == 1)
            {
                if (!line.StartsWith(Header, StringComparison.Ordinal))
                {
                    throw InputException.For(path, $"line 1: expected the header '{Header},…' of 'aici evaluate classify'");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(',', 10);
            if (fields.Length < 9)
            {
                throw InputException.For(path, $"line {lineNo}: {fields.Length} fields, expected at least 9");
            }

            if ((fields[0] != definition && fields[0] != EveryDefinition) || rows.Exists(r => r.Label == fields[1]))
            {
                continue;
            }

            double tp = Count(path, lineNo, "true_positives", fields[6]);
            double fp = Count(path, lineNo, "false_positives", fields[7]);
            double fn = Count(path, lineNo, "false_negatives", fields[8]);
            if (tp > 0)
            {
                rows.Add(new LabelAccuracy(fields[1], tp, fp, fn) { Gold = fields.Length > 9 ? Unquote(fields[9]) : null });
            }
        }

        return rows;
    }

    // the population field as written: in double quotes, a quote doubled; empty is null
    private static string? Unquote(string field)
    {
        string text = field.Length >= 2 && field[0] == '"' && field[^1] == '"'
            ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : field;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static double Count(string path, int line, string field, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 0
            ? value
            : throw InputException.For(path, $"line {line}: field {field}: '{text}' is not a count");
}
