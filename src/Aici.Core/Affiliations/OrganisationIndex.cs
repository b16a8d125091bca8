using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using Aici.Core.Domain;
using Aici.Core.Locate;

namespace Aici.Core.Affiliations;

/// <summary>
/// Everything the resolver looks names up in, built once from the registry's organisations (and optionally the world
/// universities list): a trie of every normalised name, alias, label and acronym (word by word, so that finding the
/// names inside an affiliation costs a few dictionary lookups per word and never a scan of the registry); a dictionary
/// of names by their set of words (for reordered names, "Uberlândia Federal University"); the gazetteer of places;
/// and per organisation its city, prominence and whether it is a multinational.
/// </summary>
public sealed class OrganisationIndex
{
    /// <summary>Words shared by this many organisations' names are too common to be a one-word place name.</summary>
    private const int CommonWordOrganisations = 20;

    /// <summary>Words in the names of at most this many organisations are rare enough to identify one.</summary>
    private const int RareWordOrganisations = 5;

    /// <summary>No place name in the gazetteer has more words than this.</summary>
    private const int MaximumPlaceWords = 6;

    private readonly Organisation[] organisations;
    private readonly Dictionary<string, int> byId;
    private readonly Dictionary<int, List<int>> entriesByOrganisation = [];

    private OrganisationIndex(Organisation[] organisations)
    {
        this.organisations = organisations;
        byId = new Dictionary<string, int>(organisations.Length, StringComparer.Ordinal);
        for (int i = 0; i < organisations.Length; i++)
        {
            byId.TryAdd(organisations[i].Id, i);
        }

        CityKeys = new string?[organisations.Length];
        Prominence = new int[organisations.Length];
        Transnational = new bool[organisations.Length];
    }

    public IReadOnlyList<Organisation> Organisations => organisations;

    public int Count => organisations.Length;

    /// <summary>How many names (of all kinds and sources) the index holds.</summary>
    public int NameCount => Entries.Count;

    internal Vocabulary Vocabulary { get; } = new();

    internal PhraseTrie Names { get; } = new();

    internal List<NameEntry> Entries { get; } = [];

    internal Dictionary<string, List<int>> WordSets { get; } = new(StringComparer.Ordinal);

    /// <summary>The content word ids of each entry, by entry.</summary>
    internal List<int[]> EntryWords { get; } = [];

    /// <summary>Registry names (not acronyms) by each of their distinctive words: where partial matches start.</summary>
    internal Dictionary<int, List<int>> ByDistinctiveWord { get; } = [];

    /// <summary>Words that are, on their own, a place name of the gazetteer (by word id).</summary>
    internal bool[] PlaceWords { get; private set; } = [];

    internal Gazetteer Places { get; private set; } = null!;

    internal TypoCorrector Typos { get; private set; } = null!;

    internal string?[] CityKeys { get; }

    internal int[] Prominence { get; }

    internal bool[] Transnational { get; }

    /// <summary>Organisations sharing each word (by word id), over names and aliases.</summary>
    internal int[] WordOrganisations { get; private set; } = [];

    internal Organisation this[int index] => organisations[index];

    /// <summary>The word ids of all of an organisation's names (not acronyms).</summary>
    internal HashSet<int> NameWords(int organisation)
    {
        var words = new HashSet<int>();
        foreach (int entry in entriesByOrganisation.GetValueOrDefault(organisation) ?? [])
        {
            if (Entries[entry].Kind != NameKind.Acronym)
            {
                words.UnionWith(EntryWords[entry]);
            }
        }

        return words;
    }

    public Organisation? Find(string id) => byId.TryGetValue(id, out int index) ? organisations[index] : null;

    internal int IndexOf(string id) => byId.TryGetValue(id, out int index) ? index : -1;

    /// <summary>Builds the index. Organisations with the same id are kept once (the first).</summary>
    public static OrganisationIndex Build(IEnumerable<Organisation> organisations, IEnumerable<UniversityName>? universities = null)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Organisation>();
        foreach (Organisation organisation in organisations)
        {
            if (seen.Add(organisation.Id))
            {
                list.Add(organisation);
            }
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var index = new OrganisationIndex([.. list]);
        index.Fill(universities ?? []);
        return index;
    }

    private void Fill(IEnumerable<UniversityName> universities)
    {
        List<PendingName> pending = CollectRegistryNames();
        CountWords(pending);
        var located = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Organisation organisation in organisations)
        {
            foreach (string? place in (ReadOnlySpan<string?>)[organisation.City, organisation.Region])
            {
                if (place is not null)
                {
                    string key = Gazetteer.KeyOf(place);
                    located[key] = located.GetValueOrDefault(key) + 1;
                }
            }
        }

        // a one-word place that many names use although few organisations are there ("Normal", "Mobile") is a word
        Places = new Gazetteer(Vocabulary, organisations, word => IsCommonWord(word) && located.GetValueOrDefault(word) * 4 < OrganisationsNaming(word));
        foreach (PendingName name in pending)
        {
            AddName(name);
        }


        AddUniversities(universities);
        HashSet<string> companyKeys = AddCompanies();
        for (int i = 0; i < organisations.Length; i++)
        {
            Organisation organisation = organisations[i];
            CityKeys[i] = organisation.City is { } city ? Gazetteer.KeyOf(city) : null;
            Prominence[i] = organisation.Children.Count;
        }

        MarkTransnationals(companyKeys);
        Typos = new TypoCorrector(Vocabulary, IsCommon);
        IndexDistinctiveWords();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void IndexDistinctiveWords()
    {
        PlaceWords = new bool[Vocabulary.Count];
        for (int id = 0; id < Vocabulary.Count; id++)
        {
            PlaceWords[id] = Places.Find(Vocabulary[id]) is not null;
        }

        for (int e = 0; e < Entries.Count; e++)
        {
            NameEntry entry = Entries[e];
            if (entry.Source != NameSource.Registry || entry.Kind == NameKind.Acronym || entry.Words < 2)
            {
                continue;
            }

            foreach (int word in EntryWords[e])
            {
                if (!IsCommon(word) && !PlaceWords[word])
                {
                    if (!ByDistinctiveWord.TryGetValue(word, out List<int>? list))
                    {
                        ByDistinctiveWord[word] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != e)
                    {
                        list.Add(e);
                    }
                }
            }
        }
    }

    /// <summary>The inverse document frequency of a word over organisation names.</summary>
    internal double Idf(int word)
    {
        int organisations = word >= 0 && word < WordOrganisations.Length ? WordOrganisations[word] : 0;
        return Math.Log((Count + 1.0) / (organisations + 1.0));
    }

    private bool IsCommonWord(string key) => OrganisationsNaming(key) >= CommonWordOrganisations;

    private int OrganisationsNaming(string word)
    {
        int id = Vocabulary.Find(word);
        return id >= 0 && id < WordOrganisations.Length ? WordOrganisations[id] : 0;
    }

    /// <summary>True for a word in the names of very few organisations ("yale", "pulmonary"): it can identify one.</summary>
    internal bool IsRare(int word) => word >= 0 && (word >= WordOrganisations.Length || WordOrganisations[word] <= RareWordOrganisations);

    /// <summary>True for a word shared by many organisations' names ("university", "national", "research").</summary>
    internal bool IsCommon(int word) => word >= 0 && word < WordOrganisations.Length && WordOrganisations[word] >= CommonWordOrganisations;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<PendingName> CollectRegistryNames()
    {
        var pending = new List<PendingName>();
        for (int i = 0; i < organisations.Length; i++)
        {
            Organisation organisation = organisations[i];
            AddVariants(pending, i, organisation.Name, NameKind.Name);
            foreach (string label in organisation.Labels)
            {
                AddVariants(pending, i, label, NameKind.Label);
            }

            foreach (string alias in organisation.Aliases)
            {
                // "USC" stored as an alias is an acronym, and must be written in capitals to match
                if (LooksLikeAcronym(alias))
                {
                    AddAcronym(pending, i, alias);
                }
                else
                {
                    AddVariants(pending, i, alias, NameKind.Alias);
                }
            }

            foreach (string acronym in organisation.Acronyms)
            {
                AddAcronym(pending, i, acronym);
            }
        }

        return pending;
    }

    // Acronyms of fewer than three letters are skipped, and so are those that normalisation would turn into another
    // word ("MT" → mount, "LaBS" → laboratory): they would match the word, not the acronym.
    private static void AddAcronym(List<PendingName> pending, int organisation, string acronym)
    {
        if (acronym.Count(char.IsLetterOrDigit) < 3)
        {
            return;
        }

        List<Word> words = WordSplitter.Split(acronym);
        foreach (string part in acronym.Split([' ', '-', '.', '&', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            string lower = part.ToLowerInvariant();
            if (WordForms.Of(lower) != lower)
            {
                return;
            }
        }

        pending.Add(new PendingName(organisation, NameKind.Acronym, NameSource.Registry, null, words));
    }

    internal static bool LooksLikeAcronym(string name) =>
        name.Length is >= 2 and <= 8 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-' || c == '&') &&
        name.Count(char.IsAsciiLetterUpper) >= 2;

    // A name, and the same name without its parenthesised parts: "Google (United Kingdom)" → "Google" (unqualified,
    // when the parentheses hold a country), "Universidade Estadual Paulista (Unesp)" → "Universidade Estadual Paulista".
    private static void AddVariants(List<PendingName> pending, int organisation, string name, NameKind kind)
    {
        List<Word> words = WordSplitter.Split(name);
        pending.Add(new PendingName(organisation, kind, NameSource.Registry, null, words));
        if (WordSplitter.HasCamelCase(name))
        {
            // "DeepMind" written "Deepmind" or "DEEPMIND" is one word
            pending.Add(new PendingName(organisation, kind, NameSource.Registry, null, WordSplitter.Split(name, splitCamelCase: false)));
        }

        if (!words.Exists(w => w.InParentheses))
        {
            return;
        }

        List<Word> outside = words.FindAll(w => !w.InParentheses);
        if (outside.Count == 0)
        {
            return;
        }

        int open = name.LastIndexOf('(');
        int close = name.LastIndexOf(')');
        string inside = open >= 0 && close > open ? name[(open + 1)..close] : "";
        bool country = inside.Length >= 4 && CountryNames.TryParse(inside, out _);
        pending.Add(new PendingName(organisation, country ? NameKind.Unqualified : kind, NameSource.Registry, null, outside));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountWords(List<PendingName> pending)
    {
        var seen = new HashSet<long>();
        var counts = new List<int>();
        foreach (PendingName name in pending)
        {
            if (name.Kind == NameKind.Acronym)
            {
                continue;
            }

            foreach (Word word in name.Words)
            {
                if (word.IsStop)
                {
                    continue;
                }

                int id = Vocabulary.Intern(word.Text);
                while (counts.Count <= id)
                {
                    counts.Add(0);
                }

                if (seen.Add(((long)name.Organisation << 32) | (uint)id))
                {
                    counts[id]++;
                }
            }
        }

        WordOrganisations = [.. counts];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddName(PendingName name)
    {
        var ids = new List<int>(name.Words.Count);
        var texts = new List<string>(name.Words.Count);
        int firstSegment = -1;
        bool segmented = false;
        bool generic = true;
        foreach (Word word in name.Words)
        {
            if (!word.IsStop)
            {
                int id = Vocabulary.Intern(word.Text);
                ids.Add(id);
                texts.Add(word.Text);
                segmented |= firstSegment >= 0 && word.Segment != firstSegment;
                firstSegment = firstSegment < 0 ? word.Segment : firstSegment;
                generic = generic && IsCommonWord(word.Text) && Places.Find(word.Text) is null;
            }
        }

        if (ids.Count == 0)
        {
            return;
        }

        // places have at most a few words: longer names need no look-up
        PlaceEntry? place = ids.Count <= MaximumPlaceWords ? Places.Find(ids.Count == 1 ? texts[0] : string.Join(' ', texts)) : null;
        if (name.Kind == NameKind.Acronym)
        {
            // "USA", "UK": a place cannot stand for an organisation
            if (place is not null)
            {
                return;
            }
        }
        else if (place is not null || (ids.Count == 1 && (generic || texts[0].Length <= 2)))
        {
            // a name that is only a place ("Calgary", "Hong Kong") says where, not who; "College" says neither
            return;
        }

        int entry = Entries.Count;
        EntryWords.Add([.. ids]);
        if (name.Organisation >= 0)
        {
            if (!entriesByOrganisation.TryGetValue(name.Organisation, out List<int>? own))
            {
                entriesByOrganisation[name.Organisation] = own = [];
            }

            own.Add(entry);
        }

        Entries.Add(new NameEntry(
            name.Organisation, name.Kind, name.Source, name.Country, ids.Count, segmented, generic && name.Kind != NameKind.Acronym));
        Names.Add(CollectionsMarshal.AsSpan(ids), entry);
        if (name.Kind != NameKind.Acronym && ids.Count >= 3)
        {
            string setKey = SetKey(texts);
            if (!WordSets.TryGetValue(setKey, out List<int>? list))
            {
                WordSets[setKey] = list = [];
            }

            list.Add(entry);
        }
    }

    /// <summary>The words of a name, distinct, sorted and joined: the key of <see cref="WordSets"/>.</summary>
    internal static string SetKey(List<string> words)
    {
        string[] sorted = [.. words];
        Array.Sort(sorted, StringComparer.Ordinal);
        int distinct = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        return string.Join(' ', sorted, 0, distinct);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddUniversities(IEnumerable<UniversityName> universities)
    {
        var byKey = new Dictionary<string, (List<Word> Words, CountryCode? Country)>(StringComparer.Ordinal);
        foreach (UniversityName university in universities)
        {
            List<Word> words = WordSplitter.Split(university.Name);
            string key = string.Join(' ', words.Where(w => !w.IsStop).Select(w => w.Text));
            if (key.Length == 0)
            {
                continue;
            }

            if (byKey.TryGetValue(key, out var existing))
            {
                if (existing.Country != university.Country)
                {
                    byKey[key] = (existing.Words, null); // the same name in two countries says nothing
                }
            }
            else
            {
                byKey.Add(key, (words, university.Country));
            }
        }

        foreach ((List<Word> words, CountryCode? country) in byKey.Values)
        {
            if (country is not null)
            {
                AddName(new PendingName(-1, NameKind.Name, NameSource.UniversityList, country, words));
            }
        }
    }

    private HashSet<string> AddCompanies()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string[] names, string code) in MultinationalCompanies.All)
        {
            var country = new CountryCode(code);
            foreach (string name in names)
            {
                bool acronym = name.Length <= 4 && name.All(char.IsAsciiLetterUpper);
                foreach (bool camel in WordSplitter.HasCamelCase(name) ? (bool[])[true, false] : [true])
                {
                    List<Word> words = WordSplitter.Split(name, camel);
                    AddName(new PendingName(-1, acronym ? NameKind.Acronym : NameKind.Name, NameSource.CompanyList, country, words));
                    keys.Add(string.Join(' ', words.Where(w => !w.IsStop).Select(w => w.Text)));
                }
            }
        }

        return keys;
    }

    // A registry company is a multinational when the reviewed list names it, or when it and its children lie in more
    // than one country; the subsidiaries of a multinational are multinationals too.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkTransnationals(HashSet<string> companyKeys)
    {
        for (int i = 0; i < organisations.Length; i++)
        {
            Organisation organisation = organisations[i];
            if (!organisation.HasType("company"))
            {
                continue;
            }

            string key = Gazetteer.KeyOf(StripQualifier(organisation.Name));
            var countries = new HashSet<CountryCode>();
            if (organisation.Country is { } own)
            {
                countries.Add(own);
            }

            foreach (string child in organisation.Children)
            {
                if (Find(child)?.Country is { } country)
                {
                    countries.Add(country);
                }
            }

            Transnational[i] = companyKeys.Contains(key) || countries.Count > 1;
        }

        for (int i = 0; i < organisations.Length; i++)
        {
            if (!Transnational[i] && organisations[i].HasType("company"))
            {
                Transnational[i] = organisations[i].Parents.Any(p => IndexOf(p) is int j && j >= 0 && Transnational[j]);
            }
        }
    }

    private static string StripQualifier(string name)
    {
        int open = name.LastIndexOf('(');
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }

    private sealed record PendingName(int Organisation, NameKind Kind, NameSource Source, CountryCode? Country, List<Word> Words);
}
