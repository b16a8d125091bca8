using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

// Refinements of the matches found, and the tests on a hit's surroundings they and the scores use.
public sealed partial class AffiliationResolver
{
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
}
