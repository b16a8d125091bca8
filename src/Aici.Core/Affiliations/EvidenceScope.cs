namespace Aici.Core.Affiliations;

/// <summary>
/// The evidence that applies to each part of a string. "Dept. of Physics, University of Oxford; Institut X, Paris,
/// France": the France of the second part says nothing about Oxford. A name is scored with the places of its own part
/// and of parts that hold nothing but places ("…; Boston, MA, USA"); a string without semicolons is one part.
/// </summary>
internal sealed class EvidenceScope
{
    private readonly IReadOnlyList<PlaceMention> mentions;
    private readonly IReadOnlyList<NameHit> hits;
    private readonly List<Word> words;
    private readonly HashSet<int> placeOnlyParts;
    private readonly Dictionary<int, Evidence> byPart = [];

    public EvidenceScope(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<NameHit> hits, List<Word> words)
    {
        this.mentions = mentions;
        this.hits = hits;
        this.words = words;
        Global = new Evidence(mentions, hits);
        placeOnlyParts = [.. words.Select(w => w.Part).Distinct().Where(p => PlacesOnly(p, words, mentions))];
        Single = words.Count == 0 || words[^1].Part == 0;
    }

    /// <summary>All the places of the string.</summary>
    public Evidence Global { get; }

    private bool Single { get; }

    /// <summary>The evidence for names in part <paramref name="part"/>.</summary>
    public Evidence For(int part)
    {
        if (Single)
        {
            return Global;
        }

        if (!byPart.TryGetValue(part, out Evidence? evidence))
        {
            byPart[part] = evidence = new Evidence(mentions, hits, m =>
            {
                int own = words[m.Start].Part;
                return own == part || placeOnlyParts.Contains(own);
            });
        }

        return evidence;
    }

    private static bool PlacesOnly(int part, List<Word> words, IReadOnlyList<PlaceMention> mentions)
    {
        for (int i = 0; i < words.Count; i++)
        {
            Word word = words[i];
            if (word.Part == part && !word.IsStop && !char.IsDigit(word.Text[0]) && !mentions.Any(m => m.Start <= i && i < m.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The evidence for a name starting at word <paramref name="start"/>.</summary>
    public Evidence At(int start) => For(words[start].Part);
}
