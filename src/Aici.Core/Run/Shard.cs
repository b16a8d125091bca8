using System.Globalization;
using System.Text;

namespace Aici.Core.Run;

/// <summary>
/// The i-th of n disjoint parts of the inputs, by a stable hash (FNV-1a, 64 bits) of each record's work key, so that
/// the records of one work fall in one part on every machine. "1/1" is everything.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(1, 1);

    public bool Holds(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Count == 1 || (int)(Hash(key) % (ulong)Count) == Index - 1;
    }

    /// <summary>Parses "i/n" with 1 ≤ i ≤ n.</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        string[] parts = (text ?? "").Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) &&
            count >= 1 && index >= 1 && index <= count)
        {
            shard = new Shard(index, count);
            return true;
        }

        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    public static ulong Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
