using System.Globalization;
using System.Text;

using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Sources.Gold;
using Aici.Sources.Ror;
using Aici.Sources.Universities;

namespace Aici.Bench;

// TEMPORARY development helper (removed before hand-back).
internal static class DevEvaluate
{
    public static void Run(string ror, string universities, IReadOnlyList<string> goldFiles, string errorsPath)
    {
        (IReadOnlyList<Organisation> organisations, _) = RorDump.Load([ror]);
        OrganisationIndex index = OrganisationIndex.Build(organisations, UniversitiesList.Load(universities));
        var resolver = new AffiliationResolver(index);
        var errors = new StringBuilder();
        foreach (string file in goldFiles)
        {
            var (scores, outcomes) = AffiliationEvaluator.Evaluate(GoldSet.Load(file), resolver);
            Console.WriteLine(Path.GetFileName(file));
            foreach (SubsetScores s in scores)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Subset,-26} n={s.Strings,5} P={s.Ids.Precision:F4} R={s.Ids.Recall:F4} F1={s.Ids.F1:F4} tp={s.Ids.TruePositives} fp={s.Ids.FalsePositives} fn={s.Ids.FalseNegatives} country={s.CountryAccuracy:F4} ({s.CountryCorrect}/{s.CountryStrings}) cov={s.Coverage:F4} noid={s.WithoutId} nocountry={s.WithoutCountry}"));
            }

            var byRule = new SortedDictionary<string, (int Tp, int Fp)>(StringComparer.Ordinal);
            foreach (GoldOutcome o in outcomes.Where(o => o.GoldInRegistry))
            {
                foreach (InstitutionMatch m in o.Resolution.Matches)
                {
                    var (tp, fp) = byRule.GetValueOrDefault(m.Rule);
                    byRule[m.Rule] = o.Gold.RorIds.Contains(m.Organisation.Id) ? (tp + 1, fp) : (tp, fp + 1);
                }
            }

            foreach (GoldOutcome o in outcomes.Where(o => o.GoldInRegistry))
            {
                foreach (InstitutionMatch m in o.Resolution.Matches.Where(m => m.Rule == Environment.GetEnvironmentVariable("SHOW_RULE")))
                {
                    Console.WriteLine($"    {(o.Gold.RorIds.Contains(m.Organisation.Id) ? "TP" : "FP")} {m.Organisation.Name} [{m.Matched}] {m.Score:F2} <- {o.Gold.Affiliation.Replace('\n', ' ')[..Math.Min(120, o.Gold.Affiliation.Length)]}");
                }
            }

            Console.WriteLine("  by rule (gold-in-registry): " + string.Join(", ", byRule.Select(kv => $"{kv.Key} tp={kv.Value.Tp} fp={kv.Value.Fp}")));
            foreach (GoldOutcome o in outcomes)
            {
                if (o.Ids.FalsePositives + o.Ids.FalseNegatives == 0 && o.CountryCorrect != false)
                {
                    continue;
                }

                string gold = string.Join(" | ", o.Gold.RorIds.Select(id => index.Find(id) is { } org ? $"{id} {org.Name} ({org.Country})" : id + " MISSING"));
                string pred = string.Join(" | ", o.Resolution.Matches.Select(m => $"{m.Organisation.Id} {m.Organisation.Name} ({m.Organisation.Country}) {m.Rule} {m.Score:F2} [{m.Matched}]"));
                errors.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)[28..34]}\tin={o.GoldInRegistry}\tfp={o.Ids.FalsePositives}\tfn={o.Ids.FalseNegatives}\tcountry={o.CountryCorrect}/{o.Resolution.Country}/{o.Resolution.CountryRule}\n  S: {o.Gold.Affiliation.Replace('\n', ' ')}\n  G: {gold}\n  P: {pred}");
            }
        }

        File.WriteAllText(errorsPath, errors.ToString());
    }
}
