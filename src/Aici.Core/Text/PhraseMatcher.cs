using System.Buffers;

namespace Aici.Core.Text;

/// <summary>
/// Finds phrases in text on word boundaries, ignoring case. Words are runs of letters and digits, so "GAN-based"
/// holds the word "gan" and "organ" does not. The last word of a phrase may carry a plural "s" or "es"
/// ("GANs", "diffusion models"), or "ies" for a final consonant + "y" ("melody" → "melodies"). Phrases are compiled once into a word trie; matching allocates nothing per word.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Node _root = new();
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _rootLookup;

    /// <param name="phrases">The phrases; a hit reports the index of its phrase in this list.</param>
    public PhraseMatcher(IReadOnlyList<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        for (int p = 0; p < phrases.Count; p++)
        {
            List<string> words = Words(phrases[p]);
            if (words.Count == 0)
            {
                throw new ArgumentException($"phrase {p} ('{phrases[p]}') has no words", nameof(phrases));
            }

            Add(words, p, plural: null);
            string last = words[^1];
            if (last.Length >= 2 && char.IsAsciiLetter(last[^1]))
            {
                Add(words, p, plural: "s");
                Add(words, p, plural: "es");
            }

            if (last.Length >= 3 && last[^1] == 'y' && !IsVowel(last[^2]))
            {
                words[^1] = last[..^1];
                Add(words, p, plural: "ies");
                words[^1] = last;
            }
        }

        _rootLookup = _root.Next.GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseCount = phrases.Count;
    }

    public int PhraseCount { get; }

    /// <summary>Adds to <paramref name="hits"/> every occurrence of every phrase in <paramref name="text"/>, in word order.</summary>
    public void Match(string text, List<PhraseHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        char[] lower = ArrayPool<char>.Shared.Rent(text.Length);
        int[] starts = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        int[] ends = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            int count = 0;
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                starts[count] = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    lower[i] = char.ToLowerInvariant(text[i]);
                    i++;
                }

                ends[count++] = i;
            }

            ReadOnlySpan<char> buffer = lower.AsSpan(0, text.Length);
            for (int w = 0; w < count; w++)
            {
                if (!_rootLookup.TryGetValue(buffer[starts[w]..ends[w]], out Node? node))
                {
                    continue;
                }

                int v = w;
                while (true)
                {
                    foreach (int phrase in node.Ends)
                    {
                        hits.Add(new PhraseHit(phrase, w, v));
                    }

                    v++;
                    if (v >= count || node.Next.Count == 0 ||
                        !node.Lookup.TryGetValue(buffer[starts[v]..ends[v]], out Node? next))
                    {
                        break;
                    }

                    node = next;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lower);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    /// <summary>The lower-case words of a phrase, split as the matcher splits text.</summary>
    public static List<string> Words(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = new List<string>();
        int i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && !char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            int start = i;
            while (i < phrase.Length && char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(phrase[start..i].ToLowerInvariant());
            }
        }

        return words;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private void Add(List<string> words, int phrase, string? plural)
    {
        Node node = _root;
        for (int i = 0; i < words.Count; i++)
        {
            string word = i == words.Count - 1 && plural is not null ? words[i] + plural : words[i];
            if (!node.Next.TryGetValue(word, out Node? next))
            {
                next = new Node();
                node.Next.Add(word, next);
            }

            node = next;
        }

        if (!node.Ends.Contains(phrase))
        {
            node.Ends.Add(phrase);
        }
    }

    private sealed class Node
    {
        public Node()
        {
            Lookup = Next.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public List<int> Ends { get; } = [];
    }
}
