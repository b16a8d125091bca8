using System.Runtime.CompilerServices;

namespace Aici.Core.Affiliations;

/// <summary>
/// Corrects one-letter typos in long words to the one indexed word within one edit (a letter missing, added, changed,
/// or two neighbours swapped). Words of six letters or more only. A word may become a word common in names by any edit
/// ("Hosptial", "Univeristy", "Techology"); it may become a rare word (a proper name) only by a changed or swapped
/// letter, and only when written with a capital ("Kyusyu" → Kyushu), so that "Memory" never becomes "Emory". When two
/// indexed words are equally close the word stays unknown. Works by deletion neighbourhoods: every indexed word is
/// stored under each of its one-letter deletions.
/// </summary>
internal sealed class TypoCorrector
{
    public const int MinimumLength = 6;

    private readonly Vocabulary vocabulary;
    private readonly Func<int, bool> common;
    // each one-letter deletion → the word it comes from; the rare deletions shared by several words → all of them
    private readonly Dictionary<string, int> deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> shared = new(StringComparer.Ordinal);

    /// <param name="vocabulary">The indexed words.</param>
    /// <param name="common">Which words are common in names.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TypoCorrector(Vocabulary vocabulary, Func<int, bool> common)
    {
        this.vocabulary = vocabulary;
        this.common = common;
        for (int id = 0; id < vocabulary.Count; id++)
        {
            string word = vocabulary[id];
            if (word.Length < MinimumLength - 1 || !word.All(char.IsAsciiLetter))
            {
                continue;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue; // "committee": deleting either "m" gives the same string
                }

                string deleted = word.Remove(i, 1);
                if (!deletions.TryAdd(deleted, id) && deletions[deleted] != id)
                {
                    if (!shared.TryGetValue(deleted, out List<int>? list))
                    {
                        shared[deleted] = list = [deletions[deleted]];
                    }

                    if (!list.Contains(id))
                    {
                        list.Add(id);
                    }
                }
            }
        }
    }

    /// <summary>The id of the one indexed word one edit away from <paramref name="word"/>, or -1.</summary>
    /// <param name="word">A word not in the vocabulary, normalised.</param>
    /// <param name="capitalised">Whether the source wrote it with a capital (a name).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Correct(string word, bool capitalised)
    {
        if (word.Length < MinimumLength || !word.All(char.IsAsciiLetter))
        {
            return -1;
        }

        int found = -1;
        bool ambiguous = false;
        void Consider(int id)
        {
            if (id == found || ambiguous)
            {
                return;
            }

            string target = vocabulary[id];
            bool allowed = common(id) || (capitalised && target.Length == word.Length);
            if (!allowed || !WithinOneEdit(word, target))
            {
                return;
            }

            if (found >= 0)
            {
                ambiguous = true;
                return;
            }

            found = id;
        }

        void ConsiderDeletion(string deleted)
        {
            if (shared.TryGetValue(deleted, out List<int>? several))
            {
                several.ForEach(Consider);
            }
            else if (deletions.TryGetValue(deleted, out int one))
            {
                Consider(one);
            }
        }

        // a letter missing from the word: the word is a deletion of an indexed word
        ConsiderDeletion(word);

        for (int i = 0; i < word.Length && !ambiguous; i++)
        {
            string deleted = word.Remove(i, 1);

            // a letter too many
            int exact = vocabulary.Find(deleted);
            if (exact >= 0)
            {
                Consider(exact);
            }

            // a letter changed, or two swapped
            ConsiderDeletion(deleted);
        }

        return ambiguous ? -1 : found;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one edit (Damerau).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i] && ++differences == 1)
                {
                    first = i;
                }
            }

            if (differences <= 1)
            {
                return true;
            }

            return differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
        }

        string shorter = a.Length < b.Length ? a : b;
        string longerWord = a.Length < b.Length ? b : a;
        int s = 0;
        int l = 0;
        bool skipped = false;
        while (s < shorter.Length && l < longerWord.Length)
        {
            if (shorter[s] == longerWord[l])
            {
                s++;
                l++;
            }
            else if (skipped)
            {
                return false;
            }
            else
            {
                skipped = true;
                l++;
            }
        }

        return true;
    }
}
