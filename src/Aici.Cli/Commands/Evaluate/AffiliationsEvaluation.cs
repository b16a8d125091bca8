using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Sources.Gold;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>
/// <c>aici evaluate affiliations</c>: scores the resolver on gold sets. Prints a table per gold file and, with an
/// output folder, writes <c>affiliations_evaluation.csv</c> (one row per gold file and subset) and
/// <c>affiliations_errors.jsonl</c> (every string with a wrong or missing id or a wrong country).
/// </summary>
internal static class AffiliationsEvaluation
{
    public const string CsvName = "affiliations_evaluation.csv";
    public const string ErrorsName = "affiliations_errors.jsonl";

    public const string Header =
        "gold_set,subset,strings,gold_ids,gold_ids_in_registry,coverage,true_positives,false_positives,false_negatives," +
        "precision,recall,f1,country_strings,country_correct,country_accuracy,strings_without_id,strings_without_country";

    public static void Run(IReadOnlyList<string> goldFiles, AffiliationResolver resolver, string? outDir, TextWriter output)
    {
        var csv = new StringBuilder().Append(Header).Append('\n');
        var errors = new StringBuilder();
        foreach (string file in goldFiles)
        {
            IReadOnlyList<GoldAffiliation> gold = GoldSet.Load(file);
            (IReadOnlyList<SubsetScores> scores, IReadOnlyList<GoldOutcome> outcomes) = AffiliationEvaluator.Evaluate(gold, resolver);
            string name = Path.GetFileName(file);
            output.WriteLine($"{name} ({gold.Count} strings)");
            output.WriteLine("  subset                      strings  coverage  precision  recall     F1  country  no id");
            foreach (SubsetScores s in scores)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Subset,-26} {s.Strings,8} {s.Coverage,9:F3} {s.Ids.Precision,10:F3} {s.Ids.Recall,7:F3} {s.Ids.F1,6:F3} {s.CountryAccuracy,8:F3} {s.WithoutId,6}"));
                csv.Append(Csv.Row(
                    Csv.Text(name), s.Subset, Csv.Number(s.Strings), Csv.Number(s.GoldIds), Csv.Number(s.GoldIdsInRegistry),
                    Csv.Number(s.Coverage), Csv.Number(s.Ids.TruePositives), Csv.Number(s.Ids.FalsePositives),
                    Csv.Number(s.Ids.FalseNegatives), Csv.Number(s.Ids.Precision), Csv.Number(s.Ids.Recall), Csv.Number(s.Ids.F1),
                    Csv.Number(s.CountryStrings), Csv.Number(s.CountryCorrect), Csv.Number(s.CountryAccuracy),
                    Csv.Number(s.WithoutId), Csv.Number(s.WithoutCountry))).Append('\n');
            }

            foreach (GoldOutcome outcome in outcomes)
            {
                if (outcome.Ids.FalsePositives + outcome.Ids.FalseNegatives > 0 || outcome.CountryCorrect == false)
                {
                    errors.Append(ErrorLine(name, outcome)).Append('\n');
                }
            }
        }

        if (outDir is not null)
        {
            AtomicText.Write(Path.Combine(outDir, CsvName), csv.ToString());
            AtomicText.Write(Path.Combine(outDir, ErrorsName), errors.ToString());
            output.WriteLine($"wrote {Path.Combine(outDir, CsvName)} and {ErrorsName}");
        }
    }

    private static string ErrorLine(string goldSet, GoldOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("gold_set", goldSet);
            json.WriteString("affiliation", outcome.Gold.Affiliation);
            json.WriteBoolean("gold_in_registry", outcome.GoldInRegistry);
            json.WriteStartArray("gold");
            outcome.Gold.RorIds.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("predicted");
            foreach (InstitutionMatch match in outcome.Resolution.Matches)
            {
                json.WriteStringValue(match.Organisation.Id);
            }

            json.WriteEndArray();
            json.WriteString("rule", outcome.Resolution.Rule);
            if (outcome.Resolution.Country is { } country)
            {
                json.WriteString("country", country.Value);
            }
            else
            {
                json.WriteNull("country");
            }

            json.WriteStartArray("gold_countries");
            foreach (var c in outcome.GoldCountries)
            {
                json.WriteStringValue(c.Value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
