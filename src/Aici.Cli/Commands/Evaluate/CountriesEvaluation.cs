using System.Globalization;
using System.Text;

using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Sources;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>
/// <c>aici evaluate countries</c>: on papers whose authors carry affiliation strings with the country the source gives
/// for each (one country per affiliation), how often the resolver's country agrees. Prints agreement, coverage, the
/// figures by the rule that gave the country and the commonest disagreements; with an output folder writes
/// <c>countries_evaluation.csv</c> and <c>countries_disagreements.csv</c>.
/// </summary>
internal static class CountriesEvaluation
{
    public const string CsvName = "countries_evaluation.csv";
    public const string DisagreementsName = "countries_disagreements.csv";
    private const int Top = 25;

    public static void Run(IReadOnlyList<string> papers, AffiliationResolver resolver, string? outDir, TextWriter output, TextWriter error)
    {
        var agreement = new CountryAgreement();
        var cache = new Dictionary<string, AffiliationResolution>(StringComparer.Ordinal);
        int paperCount = 0;
        foreach (IPaperSource source in InputFiles.Papers(papers))
        {
            foreach (ReadItem item in source.Read())
            {
                if (item.Paper is not { } paper)
                {
                    continue;
                }

                paperCount++;
                foreach (Affiliation affiliation in paper.Authors.SelectMany(a => a.Affiliations))
                {
                    if (affiliation.Countries.Count != 1)
                    {
                        continue;
                    }

                    if (!cache.TryGetValue(affiliation.Text, out AffiliationResolution? resolution))
                    {
                        cache[affiliation.Text] = resolution = resolver.Resolve(affiliation.Text);
                    }

                    agreement.Add(affiliation.Countries[0], resolution);
                }
            }
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aici evaluate countries: {paperCount} papers, {cache.Count} distinct affiliation strings"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"author affiliations with a given country: {agreement.Total}; resolved to a country: {agreement.Resolved} (coverage {agreement.Coverage:F3}); agreeing: {agreement.Agreed} (agreement {agreement.Agreement:F3})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agreement counting Hong Kong, Macao and Taiwan as China (as some sources record them): {agreement.AgreementFoldingChina:F3}"));
        output.WriteLine("  by country rule               resolved  agreement");
        var csv = new StringBuilder("scope,affiliations,resolved,agreed,coverage,agreement\n");
        csv.Append(Csv.Row("all-folding-hk-mo-tw-into-cn", Csv.Number(agreement.Total), Csv.Number(agreement.Resolved), "", Csv.Number(agreement.Coverage),
            Csv.Number(agreement.AgreementFoldingChina))).Append('\n');
        csv.Append(Csv.Row("all", Csv.Number(agreement.Total), Csv.Number(agreement.Resolved), Csv.Number(agreement.Agreed),
            Csv.Number(agreement.Coverage), Csv.Number(agreement.Agreement))).Append('\n');
        foreach ((string rule, (int resolved, int agreed)) in agreement.ByRule)
        {
            double share = resolved == 0 ? 0 : (double)agreed / resolved;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule,-28} {resolved,9} {share,10:F3}"));
            csv.Append(Csv.Row("rule:" + rule, "", Csv.Number(resolved), Csv.Number(agreed), "", Csv.Number(share))).Append('\n');
        }

        output.WriteLine("  commonest disagreements (given → resolved)");
        var disagreements = new StringBuilder("given,resolved,affiliations,example\n");
        foreach ((CountryCode given, CountryCode predicted, int count, string example) in agreement.Disagreements(Top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {given} {CountryNames.EnglishName(given),-22} → {predicted} {Name(predicted),-22} {count,6}  e.g. {example}"));
            disagreements.Append(Csv.Row(given.Value, predicted.Value, Csv.Number(count), Csv.Text(example))).Append('\n');
        }

        if (outDir is not null)
        {
            AtomicText.Write(Path.Combine(outDir, CsvName), csv.ToString());
            AtomicText.Write(Path.Combine(outDir, DisagreementsName), disagreements.ToString());
            output.WriteLine($"wrote {Path.Combine(outDir, CsvName)} and {DisagreementsName}");
        }
    }

    private static string Name(CountryCode code) => code == Transnationals.Code ? Transnationals.DisplayName : CountryNames.EnglishName(code);
}
