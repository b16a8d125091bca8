using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// A place name of the gazetteer: its kind, the countries it may be in, and, for registry cities, how many
/// organisations lie in each of them (same order as <see cref="Countries"/>).
/// </summary>
internal sealed record PlaceEntry(PlaceKind Kind, IReadOnlyList<CountryCode> Countries, string Key)
{
    /// <summary>A city name shared by several countries is taken for one of them when it holds this share of the
    /// registry's organisations there ("Moscow": Russia, not Idaho).</summary>
    private const double DominantShare = 0.9;

    public IReadOnlyList<int> Organisations { get; init; } = [];

    /// <summary>The one country the place is in, or overwhelmingly in; null when it is shared.</summary>
    public CountryCode? Country
    {
        get
        {
            if (Countries.Count == 1)
            {
                return Countries[0];
            }

            if (Organisations.Count != Countries.Count)
            {
                return null;
            }

            int total = Organisations.Sum();
            int best = 0;
            for (int i = 1; i < Organisations.Count; i++)
            {
                best = Organisations[i] > Organisations[best] ? i : best;
            }

            return total > 0 && Organisations[best] >= DominantShare * total ? Countries[best] : null;
        }
    }
}
