namespace Aici.Sources.Text;

/// <summary>
/// Splits arXiv category strings ("cs.CV cs.LG stat.ML", primary first) into lists. The same string recurs across many
/// records, so whole lists are cached by their text (at most <c>capacity</c> lists; each cached list is shared by the
/// papers that carry it and must not be mutated).
/// </summary>
internal sealed class CategoryLists
{
    private readonly Dictionary<string, string[]> lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly StringCache names;
    private readonly int capacity;

    public CategoryLists(int capacity = 16_384)
    {
        this.capacity = capacity;
        lookup = lists.GetAlternateLookup<ReadOnlySpan<char>>();
        names = new StringCache(capacity);
    }

    /// <summary>The space-separated categories of <paramref name="text"/>, in order, without duplicates.</summary>
    public IReadOnlyList<string> Split(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out string[]? cached))
        {
            return cached;
        }

        var result = new List<string>(4);
        foreach (Range range in text.SplitAny(" \t\r\n"))
        {
            ReadOnlySpan<char> token = text[range];
            if (!token.IsEmpty)
            {
                AddDistinct(result, names.Get(token));
            }
        }

        string[] list = [.. result];
        if (lists.Count < capacity)
        {
            lists.Add(text.ToString(), list);
        }

        return list;
    }

    /// <summary>An interned category name.</summary>
    public string Name(ReadOnlySpan<char> text) => names.Get(text);

    /// <summary>Adds <paramref name="name"/> unless the list already holds it.</summary>
    public static void AddDistinct(List<string> list, string name)
    {
        if (!list.Contains(name))
        {
            list.Add(name);
        }
    }
}
