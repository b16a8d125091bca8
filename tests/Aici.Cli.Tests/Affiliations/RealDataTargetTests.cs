using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Gold;
using Aici.Sources.Ror;
using Aici.Sources.Universities;
using Aici.Tests;

namespace Aici.Cli.Tests.Affiliations;

/// <summary>
/// Guards the resolver's quality on the real data beside the repository (skipped when it is absent): on the ROR gold
/// sets, restricted to strings whose gold ids are in the shared dump, ROR-id F1 ≥ 0.90 and country accuracy ≥ 0.97;
/// on the conference papers, country agreement ≥ 0.95. Speed is measured in bench/, not here.
/// </summary>
public sealed class RealDataTargetTests
{
    private static readonly Lazy<AffiliationResolver> Resolver = new(() =>
    {
        (IReadOnlyList<Organisation> organisations, _) = RorDump.Load([SharedData.Require("ror")]);
        IReadOnlyList<UniversityName> universities = UniversitiesList.Load(SharedData.Require("universities/world_universities_and_domains.json"));
        return new AffiliationResolver(OrganisationIndex.Build(organisations, universities));
    });

    [Theory]
    [InlineData("affiliations/ror-api_dataset_affiliations_crossref_2024_02_19.json")]
    [InlineData("affiliations/ror-api_dataset_affiliations_springer_2023_10_31.json")]
    public void Gold_sets_stay_above_the_targets(string goldFile)
    {
        string path = SharedData.Require(goldFile);
        SharedData.Require("ror");
        IReadOnlyList<GoldAffiliation> gold = GoldSet.Load(path);
        (IReadOnlyList<SubsetScores> scores, _) = AffiliationEvaluator.Evaluate(gold, Resolver.Value);
        SubsetScores restricted = scores.Single(s => s.Subset == EvaluationSubset.InRegistry);
        Assert.True(restricted.Ids.F1 >= 0.90, $"F1 {restricted.Ids.F1:F4} < 0.90 ({restricted})");
        Assert.True(restricted.CountryAccuracy >= 0.97, $"country accuracy {restricted.CountryAccuracy:F4} < 0.97 ({restricted})");
    }

    [Fact]
    public void Conference_papers_countries_agree()
    {
        string papers = SharedData.Require("papers");
        SharedData.Require("ror");
        var agreement = new CountryAgreement();
        var cache = new Dictionary<string, AffiliationResolution>(StringComparer.Ordinal);
        foreach (IPaperSource source in InputFiles.Papers([papers]))
        {
            foreach (Paper paper in source.Read(TestContext.Current.CancellationToken).Select(i => i.Paper).OfType<Paper>())
            {
                foreach (Affiliation affiliation in paper.Authors.SelectMany(a => a.Affiliations).Where(a => a.Countries.Count == 1))
                {
                    if (!cache.TryGetValue(affiliation.Text, out AffiliationResolution? resolution))
                    {
                        cache[affiliation.Text] = resolution = Resolver.Value.Resolve(affiliation.Text);
                    }

                    agreement.Add(affiliation.Countries[0], resolution);
                }
            }
        }

        Assert.True(agreement.Total > 40_000, agreement.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(agreement.Agreement >= 0.95, $"agreement {agreement.Agreement:F4} < 0.95");
    }
}
