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
public sealed class AffiliationResolver
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

    // Two refinements of the matches found:
    // a university system whose campus city the string names becomes that campus ("University of Illinois, Urbana" →
    // University of Illinois Urbana-Champaign), when exactly one of its children has the system's words and that city;
    // a match named like a unit ("Department of Biotechnology", "College of Business Administration") is dropped when
    // the string names another institution that is not its parent: it is that institution's unit, not the
    // organisation of the same name elsewhere.
    private void Refine(List<(NameHit Hit, Candidate Best)> taken, List<Word> words, EvidenceScope scope)
    {
        Evidence evidence = scope.Global;
        for (int t = 0; t < taken.Count; t++)
        {
            (NameHit hit, Candidate best) = taken[t];
            Evidence local = scope.At(hit.Start);
            Organisation organisation = index[best.Organisation];
            if (organisation.Children.Count > 0 && !local.Keys.Contains(index.CityKeys[best.Organisation] ?? ""))
            {
                HashSet<int> named = [.. Enumerable.Range(hit.Start, hit.End - hit.Start).Where(i => !words[i].IsStop).Select(i => index.Vocabulary.Find(words[i].Text))];
                int[] campuses = [.. organisation.Children
                    .Select(index.IndexOf)
                    .Where(c => c >= 0 && index.CityKeys[c] is { } city && local.Keys.Contains(city) && index.NameWords(c).IsSupersetOf(named))];
                if (campuses.Length == 1)
                {
                    best = best with { Organisation = campuses[0] };
                }
            }

            taken[t] = (hit, best);
        }

        taken.RemoveAll(t => NamedLikeUnit(t.Hit, words, evidence) &&
            (taken.Count > 1 || NamesAnotherInstitution(t.Hit, words)) &&
            !taken.Exists(o => o.Best.Organisation != t.Best.Organisation && IsDescendant(t.Best.Organisation, index[o.Best.Organisation].Id)));
    }

    // "Department of Biotechnology", "College of Business Administration", "Institute of Immunology": a unit word, "of"
    // or "for", and no place.
    // "Institute of Information Science, Academia Sinica": another segment names an institution.
    private static bool NamesAnotherInstitution(NameHit hit, List<Word> words)
    {
        int segment = words[hit.Start].Segment;
        for (int i = 0; i < words.Count; i++)
        {
            if ((i < hit.Start || i >= hit.End) && words[i].Segment != segment && WordForms.IsInstitutionType(words[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamedLikeUnit(NameHit hit, List<Word> words, Evidence evidence) =>
        hit.Start + 1 < words.Count && words[hit.Start + 1].Text is "of" or "for" &&
        (WordForms.IsSubUnit(words[hit.Start].Text) || words[hit.Start].Text is "college" or "school" or "institute" or "center") &&
        !evidence.All.Exists(m => hit.Contains(m.Start, m.End)) &&
        !Enumerable.Range(hit.Start, hit.End - hit.Start).Any(i => index.Vocabulary.Find(words[i].Text) is int id && id >= 0 && index.PlaceWords[id]);

    private bool IsDescendant(int organisation, string ancestor)
    {
        foreach (string parent in index[organisation].Parents)
        {
            if (parent == ancestor || (index.IndexOf(parent) is int p && p >= 0 && index[p].Parents.Contains(ancestor, StringComparer.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Letters(List<Word> words, NameHit hit)
    {
        int letters = 0;
        for (int i = hit.Start; i < hit.End; i++)
        {
            letters += words[i].IsStop ? 0 : words[i].Text.Length;
        }

        return letters;
    }

    private bool ListedElsewhere(NameHit hit, Organisation organisation) =>
        hit.Entries.Any(e => index.Entries[e] is { Source: NameSource.CompanyList, Country: { } hq } && hq != organisation.Country);

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

    // Segments where no name matched whole: a registry name whose distinctive words are all in the segment (or among
    // the places of the string) and whose missing words are all common ones matches partly: "Yale School of Medicine"
    // names Yale University; "Shanghai Pulmonary Diseases Hospital" names Shanghai Pulmonary Hospital. A name whose
    // only rare words are places ("University of Tokyo") never matches partly.
    private void FindPartial(List<Word> words, int[] ids, List<int> content, EvidenceScope scope, List<(NameHit Hit, Candidate Best)> taken)
    {
        Evidence evidence = scope.Global;
        var placeWords = new HashSet<int>();
        foreach (PlaceMention mention in evidence.All)
        {
            for (int i = mention.Start; i < mention.End; i++)
            {
                placeWords.Add(ids[i]);
            }
        }

        foreach (IGrouping<int, int> segment in content.GroupBy(i => words[i].Segment))
        {
            int start = segment.First();
            int end = segment.Last() + 1;
            if (taken.Exists(t => t.Hit.Overlaps(start, end)))
            {
                continue;
            }

            if (segment.Any(i => WordForms.IsSubUnit(words[i].Text)) || !segment.Any(i => WordForms.IsInstitutionType(words[i].Text)))
            {
                // "Department of Neurology" names a unit, not the "Institute of Neurology"; "845 W. Taylor Street"
                // names no institution at all
                continue;
            }

            // the words that may identify an organisation: written as names, not the subject of an "Institute for …"
            var present = new HashSet<int>(segment
                .Where(i => (words[i].IsCapitalised || words[i].IsAcronymShaped) && !IsComplement(words, i))
                .Select(i => ids[i])
                .Where(id => id >= 0));
            var entries = new HashSet<int>();
            foreach (int word in present)
            {
                if (index.ByDistinctiveWord.TryGetValue(word, out List<int>? list))
                {
                    entries.UnionWith(list);
                }
            }

            var types = new HashSet<string>(segment.Select(i => words[i].Text).Where(WordForms.IsInstitutionType), StringComparer.Ordinal);
            var candidates = new Dictionary<int, Candidate>();
            foreach (int e in entries)
            {
                if (!SameKind(index.EntryWords[e], types) || Coverage(index.EntryWords[e], present, placeWords) is not { } coverage ||
                    Unexplained(segment, words, ids, index.EntryWords[e], placeWords))
                {
                    continue;
                }

                NameEntry entry = index.Entries[e];
                double score = Adjust(entry.Organisation, Scores.PartialBase + (Scores.PartialCoverage * coverage), scope.At(start), out _);
                if (!candidates.TryGetValue(entry.Organisation, out Candidate? existing) || existing.Score < score)
                {
                    candidates[entry.Organisation] = new Candidate(entry.Organisation, score, ResolutionRules.Partial);
                }
            }

            if (Choose(candidates.Values) is { } best && best.Score >= options.Threshold)
            {
                taken.Add((new NameHit(start, end, end - start, [], WordSet: false), best));
            }
        }
    }

    // True when the segment has a name-like word the name lacks: an unknown or rare capitalised word that is not a
    // place ("Wu Tsai Neurosciences Institute" is not the "Institute of Neurosciences").
    private bool Unexplained(IEnumerable<int> segment, List<Word> words, int[] ids, int[] nameWords, HashSet<int> placeWords)
    {
        foreach (int i in segment)
        {
            Word word = words[i];
            int id = ids[i];
            if ((word.IsCapitalised || word.IsAcronymShaped) && !char.IsDigit(word.Text[0]) && !nameWords.Contains(id) &&
                !WordForms.IsInstitutionType(word.Text) && !WordForms.IsSubUnit(word.Text) &&
                (id < 0 || (index.IsRare(id) && !index.PlaceWords[id] && !placeWords.Contains(id))))
            {
                return true;
            }
        }

        return false;
    }

    // A partial match may not change the kind of institution: "Tongji Medical College" is not "Tongji University",
    // "Renmin Hospital" is not "Renmin University". Only a school may stand for its university or college ("Yale School
    // of Medicine", "Harvard Medical School").
    private bool SameKind(int[] nameWords, HashSet<string> textTypes)
    {
        var nameTypes = new HashSet<string>(nameWords.Select(w => index.Vocabulary[w]).Where(WordForms.IsInstitutionType), StringComparer.Ordinal);
        if (nameTypes.IsSubsetOf(textTypes))
        {
            return true;
        }

        return textTypes.All(t => nameTypes.Contains(t) || t == "school");
    }

    // True when the word follows "of" or "for" after an institution or unit word: "Institute for Plant Physiology",
    // "Centre for Population Health Research". Such words say what the place studies, not which place it is.
    private static bool IsComplement(List<Word> words, int i)
    {
        int j = i - 1;
        while (j >= 0 && words[j].Segment == words[i].Segment && !words[j].IsStop)
        {
            j--; // the other words of the same phrase ("Plant" before "Physiology")
        }

        if (j < 1 || words[j].Segment != words[i].Segment || words[j].Text is not ("of" or "for"))
        {
            return false;
        }

        string head = words[j - 1].Text;
        return WordForms.IsInstitutionType(head) || WordForms.IsSubUnit(head);
    }

    // The idf-weighted share of a name's words present, or null when a rare word of it is missing or only its places
    // and common words are present.
    private double? Coverage(int[] nameWords, HashSet<int> present, HashSet<int> placeWords)
    {
        double matched = 0;
        double total = 0;
        bool distinctive = false;
        foreach (int word in nameWords)
        {
            double idf = index.Idf(word);
            total += idf;
            bool place = index.PlaceWords[word] || placeWords.Contains(word);
            if (present.Contains(word) || placeWords.Contains(word))
            {
                matched += idf;
                distinctive |= !place && index.IsRare(word);
            }
            else if (!WordForms.IsInstitutionType(index.Vocabulary[word]))
            {
                return null; // only "University", "Hospital" and the like may be left out
            }
        }

        return distinctive && total > 0 && matched / total >= Scores.PartialMinimumCoverage ? matched / total : null;
    }

    // True when a name that starts with an institution word ("Institute …", "University of …") follows, in the same
    // segment, a capitalised word that is not itself an institution or unit word: "Skolkovo Institute of Science and
    // Technology", "Wroclaw University of Technology" name other organisations.
    private static bool PrecededByName(NameHit hit, List<Word> words)
    {
        if (hit.Start == 0 || !WordForms.IsInstitutionType(words[hit.Start].Text))
        {
            return false;
        }

        Word before = words[hit.Start - 1];
        return before.Segment == words[hit.Start].Segment && !before.IsStop && (before.IsCapitalised || before.IsAcronymShaped) &&
            !WordForms.IsInstitutionType(before.Text) && !WordForms.IsSubUnit(before.Text) && !char.IsDigit(before.Text[0]);
    }

    // True when the hit's segment holds no other content word at all.
    private static bool Alone(NameHit hit, List<Word> words, List<int> content)
    {
        int segment = words[hit.Start].Segment;
        return content.TrueForAll(i => words[i].Segment != segment || (i >= hit.Start && i < hit.End));
    }

    // True when the hit's segment holds no other content word outside place names.
    private static bool FillsSegment(NameHit hit, List<Word> words, List<int> content, Evidence evidence)
    {
        int segment = words[hit.Start].Segment;
        foreach (int i in content)
        {
            if (words[i].Segment == segment && (i < hit.Start || i >= hit.End) &&
                !evidence.All.Exists(m => m.Start <= i && i < m.End))
            {
                return false;
            }
        }

        return true;
    }

    // "Lausanne University Hospital (CHUV)": an acronym in parentheses right after a matched name abbreviates that
    // name; when it points elsewhere it is not a second institution.
    private static bool AbbreviatesPrevious(
        NameHit hit, Candidate best, List<Word> words, List<(NameHit Hit, Candidate Best)> taken, List<(NameHit Hit, CountryCode Country)> companies)
    {
        if (best.Rule != ResolutionRules.Acronym || !words[hit.Start].InParentheses || hit.Start == 0)
        {
            return false;
        }

        int before = hit.Start - 1;
        while (before >= 0 && words[before].IsStop)
        {
            before--;
        }

        return before >= 0 && (taken.Exists(t => t.Hit.Start <= before && before < t.Hit.End && t.Best.Organisation != best.Organisation) ||
            companies.Exists(c => c.Hit.Start <= before && before < c.Hit.End));
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

    private static string RuleOf(NameKind kind, bool wordSet) => wordSet ? ResolutionRules.WordSet : kind switch
    {
        NameKind.Name or NameKind.Label => ResolutionRules.Name,
        NameKind.Alias => ResolutionRules.Alias,
        NameKind.Unqualified => ResolutionRules.UnqualifiedName,
        _ => ResolutionRules.Acronym,
    };

    private sealed record Candidate(int Organisation, double Score, string Rule);
}
