using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Aici.Core.Affiliations;

/// <summary>
/// How single words are normalised before names and affiliations are compared: abbreviations are expanded
/// ("Univ." → university, "Dept." → department, "Natl" → national), common spelling variants and translations of the
/// commonest institutional words are folded together ("centre" → center, "Universität" → university), and function
/// words and company-form suffixes are marked so that they do not count ("of", "de", "Inc", "GmbH").
/// The same rules apply to registry names and to affiliation strings, so both sides meet in the same form.
/// </summary>
internal static class WordForms
{
    private static readonly FrozenDictionary<string, string> Canonical = BuildCanonical();

    private static readonly FrozenSet<string> Stop = FrozenSet.ToFrozenSet(
    [
        // function words of the languages affiliations are commonly written in
        "of", "the", "and", "for", "at", "in", "on", "an", "a", "to",
        "de", "del", "della", "delle", "dello", "degli", "dei", "di", "da", "do", "dos", "das", "der", "die", "des",
        "du", "la", "le", "les", "el", "los", "las", "fur", "und", "et", "en", "zu", "im", "am",
        // company forms: "Intel Corporation" and "Intel" name the same organisation
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "corp", "corporation", "co", "company",
        "ag", "sa", "spa", "srl", "sas", "sarl", "bv", "nv", "ab", "oy", "oyj", "kk", "pvt", "pty", "ltda", "kg",
        "lp", "sl", "slu", "as",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> InstitutionTypes = FrozenSet.ToFrozenSet(
    [
        "university", "college", "institute", "hospital", "school", "center", "academy", "polytechnic", "clinic",
        "foundation", "universities", "institutes", "hospitals",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubUnits = FrozenSet.ToFrozenSet(
    [
        "department", "division", "unit", "section", "group", "laboratory", "program", "programme", "service", "team",
        "ward", "chair", "faculty", "professor", "lecturer", "student", "fellow", "researcher",
    ], StringComparer.Ordinal);

    /// <summary>Words that say what kind of institution a name is: a partial match may leave them out.</summary>
    public static bool IsInstitutionType(string canonicalWord) => InstitutionTypes.Contains(canonicalWord);

    /// <summary>Words that make a phrase name a unit or a person's post, not an institution.</summary>
    public static bool IsSubUnit(string canonicalWord) => SubUnits.Contains(canonicalWord);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CanonicalBySpan =
        Canonical.GetAlternateLookup<ReadOnlySpan<char>>();

    // Word strings seen before, shared: names and affiliations repeat the same few thousand words.
    private static readonly ConcurrentDictionary<string, string> Seen = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SeenBySpan =
        Seen.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SeenCapacity = 1 << 20;

    private static int _seenCount;

    /// <summary>The canonical form of a lower-case word.</summary>
    public static string Of(string word) => Canonical.TryGetValue(word, out string? canonical) ? canonical : word;

    /// <summary>The canonical form of a lower-case word given as characters, as a shared string.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (CanonicalBySpan.TryGetValue(word, out string? canonical) || SeenBySpan.TryGetValue(word, out canonical))
        {
            return canonical;
        }

        // ConcurrentDictionary.Count takes every lock of the table: a counter of its own bounds it instead
        string text = new(word);
        if (Volatile.Read(ref _seenCount) >= SeenCapacity)
        {
            return text;
        }

        string shared = Seen.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text))
        {
            Interlocked.Increment(ref _seenCount);
        }

        return shared;
    }

    /// <summary>True for words that never distinguish one organisation from another.</summary>
    public static bool IsStop(string canonicalWord) => Stop.Contains(canonicalWord);

    private static FrozenDictionary<string, string> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string canonical, params string[] forms)
        {
            foreach (string form in forms)
            {
                map[form] = canonical;
            }
        }

        Add("university", "univ", "univers", "universidad", "universidade", "universita", "universitat", "universite",
            "universiteit", "universitet", "universitatea", "uniwersytet", "univerzita", "univerza", "universiti",
            "universitas", "universitaet", "universitetet", "yliopisto", "egyetem", "universitesi", "universiteti", "univerzitet");
        Add("department", "dept", "dep", "dpt", "depart", "departamento", "departement", "dipartimento", "departament");
        Add("institute", "inst", "instit", "institut", "instituto", "istituto", "institutul", "instytut", "enstitusu");
        Add("national", "natl", "nat", "nacional", "nazionale", "nationale", "nationaal");
        Add("technology", "tech", "techn", "technol");
        Add("laboratory", "lab", "labs", "laboratories", "laboratoire", "laboratoires", "laboratorio", "laboratorium");
        Add("center", "centre", "ctr", "cntr", "centro", "centrum", "zentrum");
        Add("hospital", "hosp", "hopital", "ospedale");
        Add("academy", "acad", "academie", "akademie", "academia");
        Add("college", "coll");
        Add("research", "res");
        Add("engineering", "eng", "engn", "engg");
        Add("international", "int", "intl");
        Add("association", "assoc");
        Add("science", "sci", "sciences");
        Add("saint", "st", "sankt", "san", "santo", "sao");
        Add("sainte", "ste", "santa");
        Add("mount", "mt");
        Add("technical", "technische", "technischen", "tecnica", "tecnico", "technicka", "techniczna", "technique");
        Add("fort", "ft");
        Add("polytechnic", "politecnico", "polytechnique", "politecnica", "politechnika", "polytechnical", "polytech");
        Add("school", "sch");
        Add("faculty", "fac", "fakultesi", "faculdade", "facultad", "faculte", "fakultat");
        Add("government", "govt");
        Add("medical", "med");
        Add("foundation", "fdn");
        Add("and", "&");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
