namespace Aici.Core.Affiliations;

// Partial matches: a segment no name matched whole may still name a registry organisation by its distinctive words.
public sealed partial class AffiliationResolver
{
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
}
