namespace Aici.Sources.Text;

/// <summary>
/// Hands out one string instance per distinct text (arXiv categories repeat on nearly every record), looked up by
/// span so a hit allocates nothing. Holds at most <c>capacity</c> entries; beyond that new texts are not cached.
/// </summary>
internal sealed class StringCache
{
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int capacity;

    public StringCache(int capacity)
    {
        this.capacity = capacity;
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out string? value))
        {
            return value;
        }

        value = text.ToString();
        if (map.Count < capacity)
        {
            map.Add(value, value);
        }

        return value;
    }
}
