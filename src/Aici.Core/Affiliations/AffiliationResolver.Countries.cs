using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

// The country of a resolution: the match's, recoded for Hong Kong, Macao and multinationals, or from the lists.
public sealed partial class AffiliationResolver
{
    // An organisation's country after the transnational, Hong Kong and Macao rules; null when the record has none.
    private (CountryCode Country, string Rule)? CountryOf(Organisation organisation, Evidence evidence)
    {
        if (options.Transnational && index.Transnational[index.IndexOf(organisation.Id)])
        {
            return (Transnationals.Code, ResolutionRules.Transnational);
        }

        if (organisation.HasType("company") && organisation.Country is { } home && Evidence.Named(evidence.Outside) is { } named && named != home)
        {
            // "Samsung AI Center, Moscow": a company's lab is where the string says it is
            return SpecialRegions(named, ResolutionRules.CountryInString, evidence);
        }

        return organisation.Country is { } country ? SpecialRegions(country, ResolutionRules.Organisation, evidence) : null;
    }

    private static AffiliationResolution WithNamedCountry(string affiliation, List<InstitutionMatch> matches, string rule, Evidence evidence)
    {
        if (Evidence.Named(evidence.All) is { } named)
        {
            (CountryCode country, string countryRule) = SpecialRegions(named, ResolutionRules.CountryInString, evidence);
            string decided = rule == ResolutionRules.Unresolved ? ResolutionRules.CountryInString : rule;
            return new AffiliationResolution(affiliation, matches, country, countryRule, decided);
        }

        return new AffiliationResolution(affiliation, matches, null, null, rule);
    }

    // Hong Kong and Macao apart from China: a place in Hong Kong (or Macao) named outside organisation names recodes CN.
    private static (CountryCode Country, string Rule) SpecialRegions(CountryCode country, string rule, Evidence evidence)
    {
        if (country.Value != "CN")
        {
            return (country, rule);
        }

        if (evidence.Names(new CountryCode("HK")))
        {
            return (new CountryCode("HK"), ResolutionRules.HongKong);
        }

        if (evidence.Names(new CountryCode("MO")))
        {
            return (new CountryCode("MO"), ResolutionRules.Macao);
        }

        return (country, rule);
    }

    // The country of the longest list name (universities list or multinationals) found in the string, if any.
    private CountryCode? ListHit(List<NameHit> hits, List<Word> words, NameSource source)
    {
        foreach (NameHit hit in hits)
        {
            if (ListCountry(hit, words, source) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    // The country of a list name spelled by the hit: written as a name, not generic ("College of Engineering"), not
    // the tail of a longer name ("… Institute of Science and Technology").
    private CountryCode? ListCountry(NameHit hit, List<Word> words, NameSource source)
    {
        if (hit.WordSet || hit.WithPlace || PrecededByName(hit, words))
        {
            return null;
        }

        bool acronymShaped = true;
        bool capitalised = true;
        for (int i = hit.Start; i < hit.End; i++)
        {
            if (!words[i].IsStop)
            {
                acronymShaped &= words[i].IsAcronymShaped;
                capitalised &= words[i].IsCapitalised || words[i].IsAcronymShaped;
            }
        }

        foreach (int e in hit.Entries)
        {
            NameEntry entry = index.Entries[e];
            if (entry.Source == source && entry.Country is { } country && !entry.Generic &&
                (entry.Kind == NameKind.Acronym ? acronymShaped : capitalised))
            {
                return country;
            }
        }

        return null;
    }
}
