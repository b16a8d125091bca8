namespace Aici.Core.Measure;

/// <summary>Competition ranking ("1, 2, 2, 4"): equal values share the best rank.</summary>
public static class Ranks
{
    /// <summary>The rank of each key by value, largest first.</summary>
    public static Dictionary<string, int> Descending(IEnumerable<KeyValuePair<string, double>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        var ranks = new Dictionary<string, int>(sorted.Count, StringComparer.Ordinal);
        for (int i = 0; i < sorted.Count; i++)
        {
            ranks[sorted[i].Key] = i > 0 && sorted[i].Value == sorted[i - 1].Value ? ranks[sorted[i - 1].Key] : i + 1;
        }

        return ranks;
    }
}
