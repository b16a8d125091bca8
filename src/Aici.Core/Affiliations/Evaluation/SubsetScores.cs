namespace Aici.Core.Affiliations.Evaluation;

/// <summary>
/// The scores of one subset of a gold set: id precision, recall and F1 (micro-averaged over strings), country accuracy
/// (over strings with a gold id in the registry: the predicted country is one of the gold organisations' countries),
/// coverage (share of gold ids present in the registry) and how many strings got no id at all.
/// </summary>
public sealed record SubsetScores(
    string Subset,
    int Strings,
    int GoldIds,
    int GoldIdsInRegistry,
    IdCounts Ids,
    int CountryStrings,
    int CountryCorrect,
    int WithoutId,
    int WithoutCountry)
{
    public double CountryAccuracy => CountryStrings == 0 ? 0 : (double)CountryCorrect / CountryStrings;

    public double Coverage => GoldIds == 0 ? 1 : (double)GoldIdsInRegistry / GoldIds;
}
