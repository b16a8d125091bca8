using System.Globalization;
using Aici.Core.Classify;
using Aici.Core.Taxonomy;
using Aici.Sources.Vocabulary;

namespace Aici.Cli.Commands.Vocab;

/// <summary>
/// Scores labellers on the development set: the taxonomy phrase rules per label (techniques, media, creative
/// domains), and AI definitions on the records' ai flag. Reusable by <c>aici evaluate classify</c>.
/// </summary>
internal static class DevSetEvaluation
{
    /// <summary>Per-label scores of the phrase rules of <paramref name="taxonomies"/>, then the micro-average per kind and overall.</summary>
    public static List<LabelScore> Labels(IReadOnlyList<DevRecord> records, IEnumerable<Taxonomy> taxonomies, bool textOnly, List<string>? errors = null)
    {
        var classifier = new PaperClassifier(taxonomies);
        var counts = classifier.Labels.ToDictionary(l => l.Name, _ => new int[3], StringComparer.Ordinal);
        foreach (DevRecord record in records)
        {
            Classification c = classifier.Classify(record.Title, record.Abstract, textOnly ? [] : record.Categories);
            var gold = new HashSet<string>(record.Labels, StringComparer.Ordinal);
            foreach (LabelDefinition label in classifier.Labels)
            {
                bool predicted = c.Has(label.Name);
                bool truth = gold.Contains(label.Name);
                int slot = predicted && truth ? 0 : predicted ? 1 : truth ? 2 : -1;
                if (slot >= 0)
                {
                    counts[label.Name][slot]++;
                }

                if (slot > 0 && errors is not null)
                {
                    Label? l = c.Labels.FirstOrDefault(x => x.Name == label.Name);
                    errors.Add($"{record.Id} {(slot == 1 ? "false positive" : "false negative")} {label.Name}{(l is null ? "" : " (" + l.Evidence + ")")}: {record.Title}");
                }
            }
        }

        List<LabelScore> scores = [.. classifier.Labels.Select(l => new LabelScore(l.Name, Kind(l.Kind), counts[l.Name][0], counts[l.Name][1], counts[l.Name][2]))];
        var result = new List<LabelScore>(scores);
        foreach (IGrouping<string, LabelScore> kind in scores.GroupBy(s => s.Kind))
        {
            result.Add(LabelScore.Micro(kind.Key, kind));
        }

        result.Add(LabelScore.Micro("all", scores));
        return result;
    }

    /// <summary>The score of an AI definition on the records' ai flag.</summary>
    public static LabelScore Ai(IReadOnlyList<DevRecord> records, IAiDefinition definition, bool textOnly, List<string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        int tp = 0, fp = 0, fn = 0;
        foreach (DevRecord record in records)
        {
            AiDecision d = definition.Decide(new PaperText(record.Title, record.Abstract, textOnly ? [] : record.Categories));
            if (d.IsAi && record.Ai)
            {
                tp++;
            }
            else if (d.IsAi != record.Ai)
            {
                _ = d.IsAi ? fp++ : fn++;
                errors?.Add($"{record.Id} {(d.IsAi ? "false positive" : "false negative")} ai ({d.Evidence}): {record.Title}");
            }
        }

        return new LabelScore("ai (" + definition.Name + ")", "ai", tp, fp, fn);
    }

    public static string Kind(LabelKind kind) => kind switch
    {
        LabelKind.CreativeDomain => "creative_domain",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static void Write(IEnumerable<LabelScore> scores, TextWriter output)
    {
        output.WriteLine("label                          kind             gold  tp  fp  fn  precision  recall  f1");
        foreach (LabelScore s in scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Label,-30} {s.Kind,-15} {s.Gold,5} {s.TruePositives,3} {s.FalsePositives,3} {s.FalseNegatives,3}  {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1:0.000}"));
        }
    }
}
