using System.Runtime.CompilerServices;

namespace Aici.Core.Classify.Model;

/// <summary>
/// A minimal-ish perfect hash of a fixed set of distinct 64-bit keys (PTHash's scheme): a key's bucket (about four keys
/// a bucket) gives a 16-bit pilot, and the key mixed with its pilot gives its position in a table a little larger than
/// the set, where no other key of the set lands. A key outside the set lands anywhere: the table must hold each
/// position's key to compare. The pilots (2 bytes a bucket, 30 KB for 60,000 keys) stay in a core's cache. Built
/// deterministically from the keys; immutable.
/// </summary>
internal sealed class PerfectHash
{
    /// <summary>The multiplier that spreads a key over the buckets, and a pilot over the positions.</summary>
    internal const ulong Spread = 0x9E3779B97F4A7C15UL;

    /// <summary>The multiplier that mixes a key with its pilot.</summary>
    internal const ulong Mix = 0xBF58476D1CE4E5B9UL;

    private readonly ushort[] _pilots;

    /// <param name="keys">Distinct keys.</param>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public PerfectHash(ReadOnlySpan<ulong> keys)
    {
        var distinct = new HashSet<ulong>(keys.Length);
        foreach (ulong key in keys)
        {
            if (!distinct.Add(key))
            {
                throw new ArgumentException($"key {key:x16} appears twice", nameof(keys));
            }
        }

        Buckets = Math.Max(1, keys.Length / 4);
        int size = keys.Length + (keys.Length / 32) + 1;
        while (true)
        {
            // one spare pilot after the last: a vector gather reads 32 bits at a pilot's place
            _pilots = new ushort[Buckets + 1];
            if (TryBuild(keys, size))
            {
                Size = size;
                return;
            }

            size += (keys.Length / 16) + 1;
        }
    }

    /// <summary>The number of positions: the table size.</summary>
    public int Size { get; }

    /// <summary>The number of buckets.</summary>
    public int Buckets { get; }

    /// <summary>The pilot of each bucket.</summary>
    public ReadOnlySpan<ushort> Pilots => _pilots.AsSpan(0, Buckets);

    /// <summary>The pilots followed by one spare zero, so that 32 bits can be read at any bucket's pilot.</summary>
    internal ushort[] PaddedPilots => _pilots;

    /// <summary>The position of <paramref name="key"/> (of the set, or any position for another key).</summary>
    public int PositionOf(ulong key) => Position(key, _pilots[BucketOf(key, Buckets)], Size);

    /// <summary>The bucket of <paramref name="key"/> among <paramref name="buckets"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BucketOf(ulong key, int buckets) => (int)((((key * Spread) >> 32) * (ulong)(uint)buckets) >> 32);

    /// <summary>The position of <paramref name="key"/> with pilot <paramref name="pilot"/> in a table of <paramref name="size"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Position(ulong key, uint pilot, int size)
    {
        ulong h = (key ^ ((pilot + 1UL) * Spread)) * Mix;
        h ^= h >> 32;
        return (int)Math.BigMul(h, (ulong)(uint)size, out _);
    }

    // Places the buckets, largest first, each with the first pilot that sends all its keys to free positions.
    private bool TryBuild(ReadOnlySpan<ulong> keys, int size)
    {
        int buckets = Buckets;
        var starts = new int[buckets + 1];
        foreach (ulong key in keys)
        {
            starts[BucketOf(key, buckets) + 1]++;
        }

        for (int b = 0; b < buckets; b++)
        {
            starts[b + 1] += starts[b];
        }

        var grouped = new ulong[keys.Length];
        var next = (int[])starts.Clone();
        foreach (ulong key in keys)
        {
            grouped[next[BucketOf(key, buckets)]++] = key;
        }

        int[] order = [.. Enumerable.Range(0, buckets).OrderByDescending(b => starts[b + 1] - starts[b]).ThenBy(b => b)];
        var taken = new bool[size];
        var positions = new int[starts[order[0] + 1] - starts[order[0]]];
        foreach (int b in order)
        {
            ReadOnlySpan<ulong> members = grouped.AsSpan(starts[b], starts[b + 1] - starts[b]);
            if (members.IsEmpty)
            {
                break;
            }

            bool placed = false;
            for (int pilot = 0; pilot <= ushort.MaxValue && !placed; pilot++)
            {
                placed = true;
                for (int i = 0; i < members.Length && placed; i++)
                {
                    int at = Position(members[i], (uint)pilot, size);
                    placed = !taken[at] && Array.IndexOf(positions, at, 0, i) < 0;
                    positions[i] = at;
                }

                if (placed)
                {
                    foreach (int at in positions.AsSpan(0, members.Length))
                    {
                        taken[at] = true;
                    }

                    _pilots[b] = (ushort)pilot;
                }
            }

            if (!placed)
            {
                return false;
            }
        }

        return true;
    }
}
