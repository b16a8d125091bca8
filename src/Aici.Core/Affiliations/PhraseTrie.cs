using System.Runtime.CompilerServices;

namespace Aici.Core.Affiliations;

/// <summary>
/// A trie over word ids: each path of words that spells a known name ends at a node holding the ids of the name
/// entries it stands for. Built once; lookups allocate nothing. The edges live in one open-addressing hash table keyed
/// by (node, word), written out here rather than as a generic dictionary so that a fresh process runs it optimised from
/// the first call.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The root node.</summary>
    public const int Root = 0;

    private const long Empty = -1;

    private readonly List<List<int>?> payloads = [null];
    private long[] keys = NewKeys(1 << 16);
    private int[] children = new int[1 << 16];
    private int count;

    public int NodeCount => payloads.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<int> words, int entry)
    {
        int node = Root;
        foreach (int word in words)
        {
            int next = Next(node, word);
            if (next < 0)
            {
                next = payloads.Count;
                payloads.Add(null);
                Insert(Key(node, word), next);
            }

            node = next;
        }

        List<int> list = payloads[node] ??= [];
        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Next(int node, int word)
    {
        if (word < 0 || node < 0)
        {
            return -1;
        }

        long key = Key(node, word);
        int mask = keys.Length - 1;
        for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            long found = keys[slot];
            if (found == key)
            {
                return children[slot];
            }

            if (found == Empty)
            {
                return -1;
            }
        }
    }

    /// <summary>The entries that end at <paramref name="node"/> (empty when none).</summary>
    public IReadOnlyList<int> Entries(int node) => (IReadOnlyList<int>?)payloads[node] ?? [];

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;

    private static long[] NewKeys(int capacity)
    {
        long[] array = new long[capacity];
        Array.Fill(array, Empty);
        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(long key, int child)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        int mask = keys.Length - 1;
        int slot = Slot(key, mask);
        while (keys[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        children[slot] = child;
        count++;
    }

    private void Grow()
    {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = NewKeys(oldKeys.Length * 2);
        children = new int[oldKeys.Length * 2];
        count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != Empty)
            {
                Insert(oldKeys[i], oldChildren[i]);
            }
        }
    }
}
