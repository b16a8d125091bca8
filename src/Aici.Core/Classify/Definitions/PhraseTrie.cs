using Aici.Core.Classify.Model;
using Aici.Core.Text;

namespace Aici.Core.Classify.Definitions;

/// <summary>
/// Phrases as a trie over <see cref="WordHash"/> word ids, matched as <see cref="PhraseMatcher"/> matches them: whole
/// words, any case, the last word optionally plural ("s", "es", or "ies" for a final consonant + "y"). The edges live in
/// one open-addressing table keyed by (node, word id), so a match is one probe per word and allocates nothing; a bit set of
/// the phrases' first words spares that probe for most words.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The bits of the root filter: a word id's top bits after a multiply pick one.</summary>
    private const int FilterBits = 15;

    private readonly int[][] _ends;
    private readonly ulong[] _roots = new ulong[(1 << FilterBits) / 64];
    private readonly long[] _edges;
    private readonly int _mask;

    public PhraseTrie(IReadOnlyList<string> phrases)
    {
        var edges = new Dictionary<(int Node, ulong Word), int>();
        var ends = new List<List<int>> { new() };
        for (int p = 0; p < phrases.Count; p++)
        {
            List<string> words = PhraseMatcher.Words(phrases[p]);
            if (words.Count == 0)
            {
                throw new ArgumentException($"phrase {p} ('{phrases[p]}') has no words", nameof(phrases));
            }

            Add(edges, ends, words, p, null);
            string last = words[^1];
            if (last.Length >= 2 && char.IsAsciiLetter(last[^1]))
            {
                Add(edges, ends, words, p, "s");
                Add(edges, ends, words, p, "es");
            }

            if (last.Length >= 3 && last[^1] == 'y' && last[^2] is not ('a' or 'e' or 'i' or 'o' or 'u'))
            {
                words[^1] = last[..^1];
                Add(edges, ends, words, p, "ies");
            }
        }

        _ends = [.. ends.Select(e => e.ToArray())];
        int size = 16;
        while (size < edges.Count * 2)
        {
            size <<= 1;
        }

        // one slot = two longs in the same cache line: the word id, then (parent node << 32) | (child node + 1);
        // 0 in the second marks an empty slot
        _edges = new long[size * 2];
        _mask = size - 1;
        foreach (KeyValuePair<(int Node, ulong Word), int> edge in edges.OrderBy(e => e.Value))
        {
            int slot = Slot(edge.Key.Node, edge.Key.Word);
            while (_edges[(slot * 2) + 1] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _edges[slot * 2] = (long)edge.Key.Word;
            _edges[(slot * 2) + 1] = ((long)edge.Key.Node << 32) | (uint)(edge.Value + 1);
            if (edge.Key.Node == 0)
            {
                int bit = RootBit(edge.Key.Word);
                _roots[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Adds every occurrence of every phrase in <paramref name="words"/> to <paramref name="hits"/>, in word order.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Match(WordList words, RuleMatches hits)
    {
        ReadOnlySpan<ulong> ids = words.Ids;
        ulong[] roots = _roots;
        for (int w = 0; w < ids.Length; w++)
        {
            // most words start no phrase: a 4 KB bit set of the first words turns them away before the edge table
            int bit = RootBit(ids[w]);
            if ((roots[bit >> 6] & (1UL << bit)) == 0)
            {
                continue;
            }

            int node = Child(0, ids[w]);
            int v = w;
            while (node >= 0)
            {
                foreach (int phrase in _ends[node])
                {
                    hits.AddHit(new PhraseHit(phrase, w, v));
                }

                if (++v >= ids.Length)
                {
                    break;
                }

                node = Child(node, ids[v]);
            }
        }
    }

    private static void Add(Dictionary<(int Node, ulong Word), int> edges, List<List<int>> ends, List<string> words, int phrase, string? plural)
    {
        int node = 0;
        for (int i = 0; i < words.Count; i++)
        {
            string word = i == words.Count - 1 && plural is not null ? words[i] + plural : words[i];
            ulong id = WordHash.Of(word);
            if (!edges.TryGetValue((node, id), out int next))
            {
                next = ends.Count;
                ends.Add([]);
                edges.Add((node, id), next);
            }

            node = next;
        }

        if (!ends[node].Contains(phrase))
        {
            ends[node].Add(phrase);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Child(int node, ulong word)
    {
        long[] edges = _edges;
        int slot = Slot(node, word);
        while (true)
        {
            long link = edges[(slot * 2) + 1];
            if (link == 0)
            {
                return -1;
            }

            if ((ulong)edges[slot * 2] == word && (int)(link >> 32) == node)
            {
                return (int)(uint)link - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int RootBit(ulong word) => (int)((word * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits));

    private int Slot(int node, ulong word)
    {
        ulong key = word + ((ulong)node * 0x9E3779B97F4A7C15UL);
        return (int)((key ^ (key >> 29)) & (uint)_mask);
    }
}
