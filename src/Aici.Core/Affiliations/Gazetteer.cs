using System.Runtime.CompilerServices;

using Aici.Core.Domain;
using Aici.Core.Locate;

namespace Aici.Core.Affiliations;

/// <summary>
/// Finds the places an affiliation names: countries (ISO names and <see cref="PlaceNames"/>), subdivisions that belong
/// to one country, districts of Hong Kong and Macao, and the cities and subdivisions where the registry's organisations
/// are. A place written over several words is found as a whole, the longest first ("New South Wales" is Australia,
/// not Wales; "New Mexico" is not Mexico).
/// </summary>
internal sealed class Gazetteer
{
    private readonly PhraseTrie trie = new();
    private readonly List<PlaceEntry> entries = [];
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);
    private readonly Vocabulary vocabulary;
    private readonly HashSet<string> usStateCodes = new(StringComparer.Ordinal);
    private readonly PlaceEntry usStateCode;
    private readonly PlaceEntry usStateCodeWithZip;

    /// <param name="vocabulary">The shared word ids; place words are added to it.</param>
    /// <param name="organisations">The registry: its cities become <see cref="PlaceKind.Locality"/> places.</param>
    /// <param name="tooCommon">Words too common in organisation names to be taken for a one-word place ("Normal", "Mobile").</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Gazetteer(Vocabulary vocabulary, IEnumerable<Organisation> organisations, Func<string, bool> tooCommon)
    {
        this.vocabulary = vocabulary;
        var us = new CountryCode("US");
        usStateCode = new PlaceEntry(PlaceKind.StateCode, [us], "(us state code)");
        usStateCodeWithZip = new PlaceEntry(PlaceKind.Region, [us], "(us state code and zip)");
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                string code = string.Concat(a, b);
                if (CountryNames.TryParse(code, out CountryCode parsed) && parsed.Value == code)
                {
                    Add(CountryNames.EnglishName(parsed), PlaceKind.Country, parsed);
                }
            }
        }

        foreach ((string name, string code) in PlaceNames.Countries)
        {
            Add(name, PlaceKind.Country, new CountryCode(code));
        }

        foreach ((string name, string[] codes) in PlaceNames.Ambiguous)
        {
            foreach (string code in codes)
            {
                Add(name, PlaceKind.Country, new CountryCode(code));
            }
        }

        foreach ((string name, string code) in PlaceNames.UsStates)
        {
            Add(name, PlaceKind.Region, us);
            usStateCodes.Add(code.ToLowerInvariant());
        }

        foreach ((string name, string code) in PlaceNames.Regions)
        {
            Add(name, PlaceKind.Region, new CountryCode(code));
        }

        foreach (string name in PlaceNames.HongKong)
        {
            Add(name, PlaceKind.Region, new CountryCode("HK"));
        }

        foreach (string name in PlaceNames.Macao)
        {
            Add(name, PlaceKind.Region, new CountryCode("MO"));
        }

        foreach (Organisation organisation in organisations)
        {
            if (organisation.Country is not { } country)
            {
                continue;
            }

            // cities only: registry subdivisions include words like "Northwest" and "Central"
            if (!string.IsNullOrWhiteSpace(organisation.City))
            {
                AddLocality(organisation.City, country, tooCommon);
            }
        }
    }

    /// <summary>The place with this key (content words joined by spaces), if known.</summary>
    public PlaceEntry? Find(string key) => byKey.TryGetValue(key, out int entry) ? entries[entry] : null;

    /// <summary>The key of a place name: its content words, normalised, joined by spaces.</summary>
    public static string KeyOf(string name) => string.Join(' ', WordSplitter.Split(name).Where(w => !w.IsStop).Select(w => w.Text));

    /// <summary>Adds to <paramref name="mentions"/> the places named in <paramref name="words"/>.</summary>
    /// <param name="words">The words of the affiliation.</param>
    /// <param name="ids">The vocabulary id of each word (-1 when unknown).</param>
    /// <param name="content">The indices of the content words (not function words), in order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Find(IReadOnlyList<Word> words, ReadOnlySpan<int> ids, IReadOnlyList<int> content, List<PlaceMention> mentions)
    {
        int c = 0;
        while (c < content.Count)
        {
            int node = PhraseTrie.Root;
            int bestEnd = -1;
            PlaceEntry? best = null;
            for (int e = c; e < content.Count; e++)
            {
                node = trie.Next(node, ids[content[e]]);
                if (node < 0)
                {
                    break;
                }

                foreach (int entry in trie.Entries(node))
                {
                    PlaceEntry place = entries[entry];
                    if (Acceptable(place, words, content, c, e))
                    {
                        bestEnd = e;
                        best = place;
                    }
                }
            }

            if (best is not null)
            {
                mentions.Add(new PlaceMention(content[c], content[bestEnd] + 1, best));
                c = bestEnd + 1;
            }
            else
            {
                c++;
            }
        }

        FindUsStateCodes(words, mentions);
    }

    // Place names must be written as names: capitalised, except that a country name of four letters or more may be
    // written in lower case; two- and three-letter names ("US", "UK", "PRC") must be written in capitals.
    private static bool Acceptable(PlaceEntry place, IReadOnlyList<Word> words, IReadOnlyList<int> content, int first, int last)
    {
        Word head = words[content[first]];
        int letters = 0;
        for (int i = first; i <= last; i++)
        {
            letters += words[content[i]].Text.Length;
        }

        if (letters <= 3)
        {
            return head.IsAcronymShaped || (first == last && head.Text.Length == 1);
        }

        // a city is written as a name: not in parentheses, and not in capitals (an acronym: "MILA") unless the whole
        // string is in capitals
        if (place.Kind == PlaceKind.Country)
        {
            return true;
        }

        if (place.Kind == PlaceKind.Locality && (head.InParentheses || (head.IsAcronymShaped && !AllCapitals(words))))
        {
            return false;
        }

        return head.IsCapitalised;
    }

    private static bool AllCapitals(IReadOnlyList<Word> words)
    {
        int capitals = 0;
        foreach (Word word in words)
        {
            if (!word.IsStop && word.Text.Any(char.IsLetter))
            {
                if (!word.IsAcronymShaped && word.Text.Length > 1)
                {
                    return false;
                }

                capitals++;
            }
        }

        return capitals > 1;
    }

    // "Davis, CA 95616" or "Boston, MA, USA": a US state code written in capitals, either a segment of its own after
    // another segment (weak evidence: ", DE" may be Germany), or followed by a ZIP code (strong).
    private void FindUsStateCodes(IReadOnlyList<Word> words, List<PlaceMention> mentions)
    {
        for (int i = 1; i < words.Count; i++)
        {
            Word word = words[i];
            if (word.Text.Length != 2 || !word.IsAcronymShaped || word.InParentheses || !usStateCodes.Contains(word.Text))
            {
                continue;
            }

            bool zip = i + 1 < words.Count && words[i + 1].Segment == word.Segment && IsZip(words[i + 1].Text);
            bool ownSegment = words[i - 1].Segment != word.Segment && (i + 1 == words.Count || words[i + 1].Segment != word.Segment);
            if (zip || ownSegment)
            {
                mentions.Add(new PlaceMention(i, i + 1, zip ? usStateCodeWithZip : usStateCode));
            }
        }
    }

    private static bool IsZip(string text) => text.Length is 5 or 9 && text.All(char.IsAsciiDigit);

    private void Add(string name, PlaceKind kind, CountryCode country)
    {
        List<int> ids = Ids(name, out string key);
        if (ids.Count == 0)
        {
            return;
        }

        if (byKey.TryGetValue(key, out int existing))
        {
            PlaceEntry old = entries[existing];
            if (old.Kind == kind && !old.Countries.Contains(country))
            {
                entries[existing] = old with { Countries = [.. old.Countries, country] };
            }

            return;
        }

        Insert(ids, key, new PlaceEntry(kind, [country], key));
    }

    private void AddLocality(string name, CountryCode country, Func<string, bool> tooCommon)
    {
        List<int> ids = Ids(name, out string key);
        if (ids.Count == 0 || (ids.Count == 1 && (tooCommon(key) || key.Length < 3 || key.All(char.IsAsciiDigit))))
        {
            return;
        }

        if (byKey.TryGetValue(key, out int existing))
        {
            PlaceEntry old = entries[existing];
            if (old.Kind == PlaceKind.Locality)
            {
                int at = IndexOf(old.Countries, country);
                entries[existing] = at < 0
                    ? old with { Countries = [.. old.Countries, country], Organisations = [.. old.Organisations, 1] }
                    : old with { Organisations = [.. old.Organisations.Select((n, i) => i == at ? n + 1 : n)] };
            }

            return;
        }

        Insert(ids, key, new PlaceEntry(PlaceKind.Locality, [country], key) { Organisations = [1] });
    }

    private static int IndexOf(IReadOnlyList<CountryCode> countries, CountryCode country)
    {
        for (int i = 0; i < countries.Count; i++)
        {
            if (countries[i] == country)
            {
                return i;
            }
        }

        return -1;
    }

    private void Insert(List<int> ids, string key, PlaceEntry entry)
    {
        int index = entries.Count;
        entries.Add(entry);
        byKey.Add(key, index);
        trie.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids), index);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> Ids(string name, out string key)
    {
        var ids = new List<int>();
        var parts = new List<string>();
        foreach (Word word in WordSplitter.Split(name))
        {
            if (!word.IsStop)
            {
                ids.Add(vocabulary.Intern(word.Text));
                parts.Add(word.Text);
            }
        }

        key = string.Join(' ', parts);
        return ids;
    }
}
