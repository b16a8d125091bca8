using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// Resolves an affiliation string to the organisations it names, their registry ids and a country.
/// <list type="number">
/// <item>The string is split into normalised words (<see cref="WordSplitter"/>, <see cref="WordForms"/>); long unknown
/// words within one typo of an indexed word are corrected.</item>
/// <item>Places are found (<see cref="Gazetteer"/>): country names, regions, registry cities.</item>
/// <item>Every indexed name spelled by consecutive words is found through the trie (also skipping parenthesised
/// words, so "Technische Hochschule (ETH) Zürich" still spells its name), and every run of three to eight words of one
/// segment whose word set is a name's. Department and address words around a name simply match nothing.</item>
/// <item>Hits are taken longest first; a hit inside one already taken is dropped ("Nagasaki University Hospital" is
/// not also "Nagasaki University"). Each hit's candidates are scored (<see cref="Scores"/>) with the places named
/// outside names as evidence; the best above the threshold is a match. Several hits may match: several institutions.</item>
/// <item>The country is the best match's, recoded to Hong Kong or Macao when the string names a place there, or to
/// the transnational bucket for multinationals when asked. Without a match, the universities list, the multinationals
/// list, or a country named in the string give the country.</item>
/// </list>
/// Thread-safe: an instance holds no per-call state.
/// </summary>
public sealed partial class AffiliationResolver
{
    private const int MinimumSetWords = 3;
    private const int MaximumSetWords = 8;

    private readonly OrganisationIndex index;
    private readonly ResolverOptions options;

    public AffiliationResolver(OrganisationIndex index, ResolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        this.index = index;
        this.options = options ?? ResolverOptions.Default;
    }

    public OrganisationIndex Index => index;

    public ResolverOptions Options => options;

    public AffiliationResolution Resolve(string affiliation)
    {
        ArgumentNullException.ThrowIfNull(affiliation);
        List<Word> words = WordSplitter.Split(affiliation);
        int[] ids = new int[words.Count];
        var content = new List<int>(words.Count);
        var outsideParentheses = new List<int>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            Word word = words[i];
            ids[i] = -1;
            if (word.IsStop)
            {
                continue;
            }

            int id = index.Vocabulary.Find(word.Text);
            ids[i] = id >= 0 ? id : index.Typos.Correct(word.Text, word.IsCapitalised);
            content.Add(i);
            if (!word.InParentheses)
            {
                outsideParentheses.Add(i);
            }
        }

        var mentions = new List<PlaceMention>();
        index.Places.Find(words, ids, content, mentions);

        var hits = new List<NameHit>();
        FindPhrases(content, ids, hits);
        if (outsideParentheses.Count < content.Count)
        {
            FindPhrases(outsideParentheses, ids, hits);
        }

        FindWordSets(words, content, hits);
        FindNamesWithPlaces(ids, content, mentions, hits);
        var scope = new EvidenceScope(mentions, hits, words);
        Evidence evidence = scope.Global;

        hits.Sort(static (a, b) => b.Words != a.Words ? b.Words.CompareTo(a.Words) : a.Start.CompareTo(b.Start));
        var taken = new List<(NameHit Hit, Candidate Best)>();
        var companies = new List<(NameHit Hit, CountryCode Country)>();
        foreach (NameHit hit in hits)
        {
            if (taken.Exists(t => t.Hit.Overlaps(hit.Start, hit.End)) || companies.Exists(c => c.Hit.Overlaps(hit.Start, hit.End)))
            {
                continue;
            }

            // "Columbia University New York": a name that starts inside an earlier name ("University of New York")
            // yields to it, when the earlier one resolves
            if (hits.Exists(g => g.Start < hit.Start && hit.Start < g.End && g.End < hit.End &&
                    Best(g, words, content, scope.At(g.Start)) is { } earlier && earlier.Score >= options.Threshold))
            {
                continue;
            }

            if (Best(hit, words, content, scope.At(hit.Start)) is not { } best || best.Score < options.Threshold)
            {
                // "Google DeepMind" is a name of the multinationals list: it covers the shorter "Google"
                if (ListCountry(hit, words, NameSource.CompanyList) is { } company)
                {
                    companies.Add((hit, company));
                }

                continue;
            }

            if (AbbreviatesPrevious(hit, best, words, taken, companies))
            {
                continue;
            }

            taken.Add((hit, best));
        }

        FindPartial(words, ids, content, scope, taken);
        Refine(taken, words, scope);
        List<InstitutionMatch> matches = Matches(taken, words);
        CountryCode? university = matches.Count == 0 && companies.Count == 0 ? ListHit(hits, words, NameSource.UniversityList) : null;
        return Decide(affiliation, matches, companies.Count > 0 ? companies[0].Country : null, university, taken, scope);
    }

    private void FindPhrases(List<int> positions, int[] ids, List<NameHit> hits)
    {
        PhraseTrie trie = index.Names;
        for (int s = 0; s < positions.Count; s++)
        {
            int node = PhraseTrie.Root;
            for (int e = s; e < positions.Count; e++)
            {
                node = trie.Next(node, ids[positions[e]]);
                if (node < 0)
                {
                    break;
                }

                IReadOnlyList<int> entries = trie.Entries(node);
                if (entries.Count > 0)
                {
                    int start = positions[s];
                    int end = positions[e] + 1;
                    if (!hits.Exists(h => h.Start == start && h.End == end && !h.WordSet))
                    {
                        hits.Add(new NameHit(start, end, e - s + 1, entries, WordSet: false));
                    }
                }
            }
        }
    }

    // "University of Maryland School of Medicine, Baltimore" names "University of Maryland, Baltimore"; "Indian Institute
    // of Technology, Kharagpur" names "Indian Institute of Technology Kharagpur": a name found, followed later by a
    // place, may spell a longer name together with it. Such a hit covers the words of the name only, and counts the
    // place's words too, so that it is tried before the shorter name.
    private void FindNamesWithPlaces(int[] ids, List<int> content, List<PlaceMention> mentions, List<NameHit> hits)
    {
        int count = hits.Count;
        for (int h = 0; h < count; h++)
        {
            NameHit hit = hits[h];
            if (hit.WordSet)
            {
                continue;
            }

            foreach (PlaceMention mention in mentions)
            {
                if (mention.Start < hit.End || mention.Place.Kind == PlaceKind.Country)
                {
                    continue;
                }

                int node = PhraseTrie.Root;
                foreach (int i in content)
                {
                    if ((i >= hit.Start && i < hit.End) || (i >= mention.Start && i < mention.End))
                    {
                        node = node < 0 ? -1 : index.Names.Next(node, ids[i]);
                    }
                }

                IReadOnlyList<int> entries = node < 0 ? [] : index.Names.Entries(node);
                if (entries.Count > 0)
                {
                    int placeWords = content.Count(i => i >= mention.Start && i < mention.End);
                    hits.Add(new NameHit(hit.Start, hit.End, hit.Words + placeWords, entries, WordSet: false) { WithPlace = true });
                }
            }
        }
    }

    // Runs of three to eight content words inside one segment whose set of words is a name's set of words.
    private void FindWordSets(List<Word> words, List<int> content, List<NameHit> hits)
    {
        if (index.WordSets.Count == 0)
        {
            return;
        }

        var window = new List<string>(MaximumSetWords);
        for (int s = 0; s < content.Count; s++)
        {
            window.Clear();
            int segment = words[content[s]].Segment;
            for (int e = s; e < content.Count && e - s < MaximumSetWords; e++)
            {
                Word word = words[content[e]];
                if (word.Segment != segment)
                {
                    break;
                }

                if (window.Contains(word.Text))
                {
                    break; // "Stockholm Resilience Centre Stockholm University": a repeated word starts another name
                }

                window.Add(word.Text);
                if (window.Count >= MinimumSetWords &&
                    index.WordSets.TryGetValue(OrganisationIndex.SetKey(window), out List<int>? entries))
                {
                    int start = content[s];
                    int end = content[e] + 1;
                    if (!hits.Exists(h => h.Start == start && h.End == end))
                    {
                        hits.Add(new NameHit(start, end, e - s + 1, entries, WordSet: true));
                    }
                }
            }
        }
    }

    private Candidate? Best(NameHit hit, List<Word> words, List<int> content, Evidence evidence)
    {
        bool acronymShaped = true;
        bool capitalised = true;
        int firstSegment = words[hit.Start].Segment;
        bool crossesSegments = false;
        var crossingCountries = new HashSet<CountryCode>();
        for (int i = hit.Start; i < hit.End; i++)
        {
            if (!words[i].IsStop && (!words[i].InParentheses || words[hit.Start].InParentheses))
            {
                acronymShaped &= words[i].IsAcronymShaped;
                capitalised &= words[i].IsCapitalised || words[i].IsAcronymShaped;

                // "Heinrich Heine University, Düsseldorf" still spells "Heinrich Heine University Düsseldorf", and
                // "National Research Council, Canada" "National Research Council Canada": what follows a comma inside
                // a name may be a city, or the organisation's own country
                if (words[i].Segment != firstSegment)
                {
                    int at = i;
                    int found = evidence.All.FindIndex(m => m.Start <= at && at < m.End && hit.Contains(m.Start, m.End));
                    PlaceEntry? place = found >= 0 ? evidence.All[found].Place : null;
                    if (place is null || place.Kind is PlaceKind.StateCode)
                    {
                        crossesSegments = true;
                    }
                    else if (place.Kind == PlaceKind.Country)
                    {
                        crossingCountries.UnionWith(place.Countries);
                    }
                }
            }
        }

        var candidates = new Dictionary<int, Candidate>();
        foreach (int e in hit.Entries)
        {
            NameEntry entry = index.Entries[e];
            if (entry.Source != NameSource.Registry)
            {
                continue;
            }

            if (entry.Kind == NameKind.Acronym ? !acronymShaped : (hit.Words == 1 && !capitalised))
            {
                continue;
            }

            bool foreignCountry = crossingCountries.Count > 0 && !(index[entry.Organisation].Country is { } own && crossingCountries.Contains(own));
            if ((crossesSegments || foreignCountry) && !entry.Segmented && !hit.WordSet && !hit.WithPlace)
            {
                // "Yale University, New Haven" does not spell "University of New Haven"; "York University, Canada"
                // does not spell "Universidad de la Cañada"
                continue;
            }

            double score = Score(entry, hit, words, content, evidence);
            if (!candidates.TryGetValue(entry.Organisation, out Candidate? existing) || existing.Score < score)
            {
                candidates[entry.Organisation] = new Candidate(entry.Organisation, score, RuleOf(entry.Kind, hit.WordSet));
            }
        }

        return Choose(candidates.Values);
    }

    // The best of the candidates for one name. Equally good candidates: the parent of all the others (the company, not
    // its subsidiaries); in one country, the most prominent (most sub-units) when it stands out; in several countries,
    // the name alone cannot tell, and the best loses <see cref="Scores.Ambiguous"/>.
    private Candidate? Choose(IEnumerable<Candidate> candidates)
    {
        List<Candidate> ranked = [.. candidates];
        if (ranked.Count == 0)
        {
            return null;
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Organisation.CompareTo(b.Organisation));
        Candidate best = ranked[0];
        List<Candidate> tied = ranked.FindAll(c => best.Score - c.Score < Scores.Tie);
        if (tied.Count == 1)
        {
            return best;
        }

        foreach (Candidate candidate in tied)
        {
            Organisation parent = index[candidate.Organisation];
            if (tied.TrueForAll(c => c == candidate || index[c.Organisation].Parents.Contains(parent.Id, StringComparer.Ordinal)))
            {
                return candidate;
            }
        }

        bool oneCountry = tied.TrueForAll(c => index[c.Organisation].Country == index[best.Organisation].Country);
        Candidate prominent = tied.MaxBy(c => index.Prominence[c.Organisation])!;
        bool standsOut = tied.Count(c => index.Prominence[c.Organisation] == index.Prominence[prominent.Organisation]) == 1;
        if (oneCountry && standsOut)
        {
            return prominent;
        }

        return best with { Score = best.Score + Scores.Ambiguous };
    }

    private double Score(NameEntry entry, NameHit hit, List<Word> words, List<int> content, Evidence evidence)
    {
        Organisation organisation = index[entry.Organisation];
        double score = entry.Kind switch
        {
            NameKind.Name => Scores.Name,
            NameKind.Label => Scores.Label,
            NameKind.Alias => Scores.Alias,
            NameKind.Unqualified => Scores.Unqualified,
            _ => Scores.Acronym,
        };
        if (hit.WordSet)
        {
            score *= Scores.WordSetFactor;
        }

        score = Adjust(entry.Organisation, score, evidence, out bool confirmed);
        if (entry.Kind == NameKind.Acronym && !evidence.Keys.Contains(index.CityKeys[entry.Organisation] ?? "") &&
            Letters(words, hit) <= Scores.ShortAcronymLetters)
        {
            // three letters stand for too many things ("CFA", "OHE", "MOE"): only with the organisation's city named
            score += Scores.ShortAcronymUnconfirmed;
        }

        if (entry.Kind == NameKind.Unqualified && !confirmed && (organisation.Parents.Count > 0 || ListedElsewhere(hit, organisation)))
        {
            // "Google (United Kingdom)" is a subsidiary: plain "Google" means it only when the string says where;
            // "Apple (United Kingdom)" likewise, when the multinationals list puts Apple elsewhere
            score += Scores.UnqualifiedUnconfirmed;
        }

        if (PrecededByName(hit, words))
        {
            // "Westlake Institute for Advanced Study" is not the "Institute for Advanced Study"
            score += Scores.PrecededByName;
        }

        bool fills = FillsSegment(hit, words, content, evidence);
        if (hit.Words == 1 && entry.Kind != NameKind.Acronym && !fills)
        {
            score += Scores.OneWordInLongerSegment;
        }

        if (entry.Generic)
        {
            // "University of Science" names many universities: it needs its city named, or no other words beside it
            // and either its country named or nothing else in the string ("University of Technology" inside "Wroclaw
            // University of Technology" is another university; so is "University of Science" beside "VNU-HCM")
            score += Scores.Generic;
            bool city = evidence.Keys.Contains(index.CityKeys[entry.Organisation] ?? "");
            bool alone = Alone(hit, words, content);
            bool onlyName = alone && content.TrueForAll(i => words[i].Segment == words[hit.Start].Segment || evidence.All.Exists(m => m.Start <= i && i < m.End));
            if (!city && !(alone && confirmed) && !onlyName)
            {
                score += Scores.GenericUnconfirmed;
            }
        }

        return score;
    }

    // What the places named in the string say about an organisation: its country named (or contradicted), its city named.
    private double Adjust(int candidate, double score, Evidence evidence, out bool confirmed)
    {
        Organisation organisation = index[candidate];
        confirmed = false;
        if (organisation.Country is { } country)
        {
            if (evidence.Strong.Count > 0)
            {
                confirmed = evidence.AgreesStrongly(country);
                score += confirmed ? Scores.CountryAgrees : Scores.CountryDisagrees;
            }
            else if (evidence.Weak.Count > 0)
            {
                confirmed = evidence.AgreesWeakly(country);
                bool contradicted = !confirmed && evidence.UniqueLocalities.Count > 0;
                score += confirmed ? Scores.LocalityAgrees : contradicted ? Scores.UniqueLocalityDisagrees : Scores.LocalityDisagrees;
            }
        }

        string? city = index.CityKeys[candidate];
        if (city is not null && evidence.Keys.Contains(city))
        {
            score += Scores.CityNamed;
            confirmed = true;
        }

        if (!organisation.Active)
        {
            score += Scores.Inactive;
        }

        return score;
    }

    private List<InstitutionMatch> Matches(List<(NameHit Hit, Candidate Best)> taken, List<Word> words)
    {
        var best = new Dictionary<int, (NameHit Hit, Candidate Best)>();
        foreach ((NameHit hit, Candidate candidate) in taken)
        {
            if (!best.TryGetValue(candidate.Organisation, out var existing) || existing.Best.Score < candidate.Score)
            {
                best[candidate.Organisation] = (hit, candidate);
            }
        }

        return [.. best.Values
            .OrderByDescending(t => t.Best.Score)
            .ThenBy(t => t.Hit.Start)
            .Select(t => new InstitutionMatch(
                index[t.Best.Organisation],
                Math.Round(Math.Min(1.0, t.Best.Score), 3),
                t.Best.Rule,
                string.Join(' ', words.Skip(t.Hit.Start).Take(t.Hit.End - t.Hit.Start).Where(w => !w.IsStop).Select(w => w.Text))))];
    }

    private AffiliationResolution Decide(
        string affiliation,
        List<InstitutionMatch> matches,
        CountryCode? companyCountry,
        CountryCode? universityCountry,
        List<(NameHit Hit, Candidate Best)> taken,
        EvidenceScope scope)
    {
        Evidence evidence = scope.Global;
        if (matches.Count > 0)
        {
            string rule = matches[0].Rule;
            var countries = new List<(CountryCode Country, string Rule)>();
            foreach (InstitutionMatch match in matches)
            {
                if (CountryOf(match.Organisation, EvidenceOf(match, taken, scope)) is { } located && !countries.Exists(c => c.Country == located.Country))
                {
                    countries.Add(located);
                }
            }

            if (CountryOf(matches[0].Organisation, EvidenceOf(matches[0], taken, scope)) is not { } first)
            {
                return WithNamedCountry(affiliation, matches, rule, evidence);
            }

            return new AffiliationResolution(affiliation, matches, first.Country, first.Rule, rule)
            {
                Countries = [.. countries.Select(c => c.Country)],
            };
        }

        if (companyCountry is { } company)
        {
            if (options.Transnational)
            {
                return new AffiliationResolution(affiliation, [], Transnationals.Code, ResolutionRules.Transnational, ResolutionRules.CompanyList);
            }

            CountryCode country = Evidence.Named(evidence.All) ?? company;
            (country, string countryRule) = SpecialRegions(country, ResolutionRules.CompanyList, evidence);
            return new AffiliationResolution(affiliation, [], country, countryRule, ResolutionRules.CompanyList);
        }

        if (universityCountry is { } university)
        {
            (CountryCode country, string countryRule) = SpecialRegions(university, ResolutionRules.UniversityList, evidence);
            return new AffiliationResolution(affiliation, [], country, countryRule, ResolutionRules.UniversityList);
        }

        return WithNamedCountry(affiliation, [], ResolutionRules.Unresolved, evidence);
    }

    private Evidence EvidenceOf(InstitutionMatch match, List<(NameHit Hit, Candidate Best)> taken, EvidenceScope scope)
    {
        int at = taken.FindIndex(t => index[t.Best.Organisation].Id == match.Organisation.Id);
        return at >= 0 ? scope.At(taken[at].Hit.Start) : scope.Global;
    }

    private static string RuleOf(NameKind kind, bool wordSet) => wordSet ? ResolutionRules.WordSet : kind switch
    {
        NameKind.Name or NameKind.Label => ResolutionRules.Name,
        NameKind.Alias => ResolutionRules.Alias,
        NameKind.Unqualified => ResolutionRules.UnqualifiedName,
        _ => ResolutionRules.Acronym,
    };

    private sealed record Candidate(int Organisation, double Score, string Rule);
}
