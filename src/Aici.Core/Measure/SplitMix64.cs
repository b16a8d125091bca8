namespace Aici.Core.Measure;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose output for a seed is fixed by its definition,
/// so bootstrap intervals are the same on every machine and every .NET version.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed)
    {
        _state = seed;
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, bound), by Lemire's multiply-shift with rejection.</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        ulong limit = (ulong)bound;
        while (true)
        {
            UInt128 product = (UInt128)Next() * limit;
            ulong low = (ulong)product;
            if (low >= limit || low >= (0UL - limit) % limit)
            {
                return (int)(product >> 64);
            }
        }
    }
}
