using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Core.Domain;

namespace Aici.Core.Tests.Affiliations;

public sealed class AffiliationEvaluatorTests
{
    [Fact]
    public void A_wrong_id_counts_as_a_false_positive_and_a_false_negative()
    {
        IdCounts counts = IdCounts.Of(["a", "b"], ["b", "c"]);
        Assert.Equal(new IdCounts(1, 1, 1), counts);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(0.5, counts.Recall);
        Assert.Equal(0.5, counts.F1);
    }

    [Fact]
    public void Scores_by_subset()
    {
        GoldAffiliation[] gold =
        [
            new("Department of Physics, University of Oxford, UK", ["t0oxford1"]),            // right
            new("Trinity College, Hartford, Connecticut", ["t0trindub"]),                      // wrong id, wrong country
            new("Somewhere unknown, France", ["zzzmissing"]),                                  // gold id not in the registry
            new("Independent scholar", []),                                                    // nothing to find
        ];

        (IReadOnlyList<SubsetScores> scores, IReadOnlyList<GoldOutcome> outcomes) = AffiliationEvaluator.Evaluate(gold, TestRegistry.Resolver);
        SubsetScores all = scores.Single(s => s.Subset == EvaluationSubset.All);
        Assert.Equal(4, all.Strings);
        Assert.Equal(new IdCounts(1, 1, 2), all.Ids);
        Assert.Equal(2, all.CountryStrings);
        Assert.Equal(1, all.CountryCorrect);
        Assert.Equal(2.0 / 3, all.Coverage, 12);

        SubsetScores inRegistry = scores.Single(s => s.Subset == EvaluationSubset.InRegistry);
        Assert.Equal(3, inRegistry.Strings);
        Assert.Equal(new IdCounts(1, 1, 1), inRegistry.Ids);
        Assert.Equal(1.0, inRegistry.Coverage);

        Assert.Equal(2, scores.Single(s => s.Subset == EvaluationSubset.InRegistryWithIds).Strings);
        Assert.False(outcomes[1].CountryCorrect);
        Assert.Null(outcomes[2].CountryCorrect);
    }

    [Fact]
    public void Country_agreement_counts_resolved_agreeing_and_disagreements()
    {
        var agreement = new CountryAgreement();
        agreement.Add(new CountryCode("GB"), TestRegistry.Resolver.Resolve("University of Oxford"));
        agreement.Add(new CountryCode("US"), TestRegistry.Resolver.Resolve("University of Oxford"));
        agreement.Add(new CountryCode("FR"), TestRegistry.Resolver.Resolve("Independent scholar"));
        Assert.Equal(3, agreement.Total);
        Assert.Equal(2, agreement.Resolved);
        Assert.Equal(1, agreement.Agreed);
        Assert.Equal(0.5, agreement.Agreement);
        Assert.Equal(2.0 / 3, agreement.Coverage, 12);
        (CountryCode given, CountryCode predicted, int count, string example) = Assert.Single(agreement.Disagreements(5));
        Assert.Equal(("US", "GB", 1, "University of Oxford"), (given.Value, predicted.Value, count, example));
    }
}
