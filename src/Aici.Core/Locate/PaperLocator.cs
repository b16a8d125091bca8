using System.Collections.Concurrent;
using Aici.Core.Domain;
using Aici.Core.Measure;

namespace Aici.Core.Locate;

/// <summary>
/// The locate stage: each author's countries from their affiliations — the countries the record gives; else the
/// countries of the ROR ids the source matched; else what the affiliation resolver makes of the string — then the
/// paper's fractional shares (<see cref="PaperCountries.Shares(IReadOnlyList{IReadOnlyCollection{CountryCode}}, IReadOnlyList{CountryCode})"/>).
/// Resolutions are cached by string, so each distinct affiliation is resolved once. Thread-safe.
/// </summary>
public sealed class PaperLocator
{
    private readonly Func<string, IReadOnlyList<CountryCode>>? _resolve;
    private readonly Func<string, CountryCode?>? _rorCountry;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CountryCode>> _cache = new(StringComparer.Ordinal);
    private long _resolved;

    /// <param name="resolve">Countries of an affiliation string (the resolver), or null to use only given countries.</param>
    /// <param name="rorCountry">The country of a ROR id (short form), or null.</param>
    public PaperLocator(Func<string, IReadOnlyList<CountryCode>>? resolve = null, Func<string, CountryCode?>? rorCountry = null)
    {
        _resolve = resolve;
        _rorCountry = rorCountry;
    }

    /// <summary>Affiliations that had no given country and got one from a ROR id or the resolver.</summary>
    public long Resolved => Interlocked.Read(ref _resolved);

    public IReadOnlyList<CountryShare> Locate(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if ((_resolve is null && _rorCountry is null) || !NamedAuthors.AnyAffiliation(paper.Authors))
        {
            return PaperCountries.Shares(paper);
        }

        var authors = new List<IReadOnlyCollection<CountryCode>>(paper.Authors.Count);
        foreach (Author author in paper.Authors)
        {
            var countries = new SortedSet<CountryCode>();
            foreach (Affiliation affiliation in author.Affiliations)
            {
                countries.UnionWith(CountriesOf(affiliation));
            }

            authors.Add(countries);
        }

        return PaperCountries.Shares(authors, paper.Countries);
    }

    private IEnumerable<CountryCode> CountriesOf(Affiliation affiliation)
    {
        if (affiliation.Countries.Count > 0)
        {
            return affiliation.Countries;
        }

        if (_rorCountry is not null && affiliation.RorIds.Count > 0)
        {
            CountryCode[] fromRor = [.. affiliation.RorIds.Select(_rorCountry).OfType<CountryCode>()];
            if (fromRor.Length > 0)
            {
                Interlocked.Increment(ref _resolved);
                return fromRor;
            }
        }

        if (_resolve is null || string.IsNullOrWhiteSpace(affiliation.Text))
        {
            return [];
        }

        IReadOnlyList<CountryCode> resolved = _cache.GetOrAdd(affiliation.Text, _resolve);
        if (resolved.Count > 0)
        {
            Interlocked.Increment(ref _resolved);
        }

        return resolved;
    }
}
