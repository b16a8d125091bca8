using Aici.Core.Domain;

namespace Aici.Core.Affiliations.Evaluation;

/// <summary>Scores a resolver against a gold set of labelled affiliation strings.</summary>
public static class AffiliationEvaluator
{
    /// <summary>Resolves every gold string and scores the predictions, for the whole set and the subsets of <see cref="EvaluationSubset"/>.</summary>
    public static (IReadOnlyList<SubsetScores> Scores, IReadOnlyList<GoldOutcome> Outcomes) Evaluate(
        IReadOnlyList<GoldAffiliation> gold, AffiliationResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(resolver);
        var outcomes = new GoldOutcome[gold.Count];
        for (int i = 0; i < gold.Count; i++)
        {
            outcomes[i] = Outcome(gold[i], resolver.Resolve(gold[i].Affiliation), resolver.Index);
        }

        IReadOnlyList<SubsetScores> scores =
        [
            Score(EvaluationSubset.All, outcomes, resolver.Index),
            Score(EvaluationSubset.InRegistry, outcomes.Where(o => o.GoldInRegistry), resolver.Index),
            Score(EvaluationSubset.InRegistryWithIds, outcomes.Where(o => o.GoldInRegistry && o.Gold.RorIds.Count > 0), resolver.Index),
        ];
        return (scores, outcomes);
    }

    /// <summary>The outcome of one string.</summary>
    public static GoldOutcome Outcome(GoldAffiliation gold, AffiliationResolution resolution, OrganisationIndex index)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(index);
        string[] predicted = [.. resolution.Matches.Select(m => m.Organisation.Id).Distinct(StringComparer.Ordinal)];
        var countries = new SortedSet<CountryCode>();
        bool allPresent = true;
        foreach (string id in gold.RorIds)
        {
            if (index.Find(id) is { } organisation)
            {
                if (organisation.Country is { } country)
                {
                    countries.Add(country);
                }
            }
            else
            {
                allPresent = false;
            }
        }

        return new GoldOutcome(gold, resolution, IdCounts.Of(predicted, gold.RorIds), allPresent, [.. countries]);
    }

    private static SubsetScores Score(string subset, IEnumerable<GoldOutcome> outcomes, OrganisationIndex index)
    {
        int strings = 0, goldIds = 0, present = 0, countryStrings = 0, countryCorrect = 0, withoutId = 0, withoutCountry = 0;
        var ids = default(IdCounts);
        foreach (GoldOutcome outcome in outcomes)
        {
            strings++;
            goldIds += outcome.Gold.RorIds.Count;
            present += outcome.Gold.RorIds.Count(id => index.Find(id) is not null);
            ids += outcome.Ids;
            withoutId += outcome.Resolution.Matches.Count == 0 ? 1 : 0;
            withoutCountry += outcome.Resolution.Country is null ? 1 : 0;
            if (outcome.CountryCorrect is { } correct)
            {
                countryStrings++;
                countryCorrect += correct ? 1 : 0;
            }
        }

        return new SubsetScores(subset, strings, goldIds, present, ids, countryStrings, countryCorrect, withoutId, withoutCountry);
    }
}
