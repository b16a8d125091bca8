namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// A fixed map from token strings to numbers, looked up by a span and a hash the caller computes while cutting the
/// token (<see cref="Step"/> over its characters from <see cref="Seed"/>), so a token that is not in the map costs one
/// probe of an open-addressed table and builds no string. Immutable and thread-safe.
/// </summary>
internal sealed class TokenTable
{
    public const uint Seed = 2166136261;

    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly string[] _texts;
    private readonly int[] _values;
    private readonly int _shift;

    public TokenTable(IReadOnlyDictionary<string, int> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        _slots = new int[size];
        _shift = 32 - int.Log2(size);
        _hashes = new uint[entries.Count];
        _texts = new string[entries.Count];
        _values = new int[entries.Count];
        int e = 0;
        foreach ((string text, int value) in entries.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            uint hash = Seed;
            foreach (char c in text)
            {
                hash = Step(hash, c);
            }

            _hashes[e] = hash;
            _texts[e] = text;
            _values[e] = value;
            int slot = Slot(hash);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = e + 1;
            e++;
        }
    }

    /// <summary>One character into a token's hash (FNV-1a over UTF-16 code units).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The number of <paramref name="token"/> (whose hash is <paramref name="hash"/>), or <paramref name="missing"/>.</summary>
    public int Find(ReadOnlySpan<char> token, uint hash, int missing)
    {
        int mask = _slots.Length - 1;
        for (int slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return missing;
            }

            if (_hashes[entry] == hash && token.SequenceEqual(_texts[entry]))
            {
                return _values[entry];
            }
        }
    }

    private int Slot(uint hash) => (int)((hash * 2654435769u) >> _shift);
}
