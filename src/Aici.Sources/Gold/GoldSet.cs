using System.Text.Json;

using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;

namespace Aici.Sources.Gold;

/// <summary>
/// Reads a gold set of labelled affiliation strings: a JSON array of <c>{"affiliation": …, "ror_ids": […]}</c> (the
/// ROR API's Crossref and Springer test sets) or of <c>{"affiliation": …, "ror-id": …}</c> (its names set). Ids are
/// returned in short form. Records without an affiliation string are skipped.
/// </summary>
public static class GoldSet
{
    /// <exception cref="InputException">The file cannot be read or is not a JSON array of objects.</exception>
    public static IReadOnlyList<GoldAffiliation> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw InputException.For(path, "no such file");
        }

        var result = new List<GoldAffiliation>();
        using Stream stream = Inputs.InputStreams.Open(path);
        try
        {
            foreach (GoldDto? entry in JsonSerializer.DeserializeAsyncEnumerable(stream, GoldJsonContext.Default.GoldDto).ToBlockingEnumerable())
            {
                if (entry?.Affiliation is not { } affiliation)
                {
                    continue;
                }

                IEnumerable<string> ids = entry.RorIds ?? (entry.RorId is null ? [] : [entry.RorId]);
                result.Add(new GoldAffiliation(
                    affiliation,
                    [.. ids.Where(id => !string.IsNullOrWhiteSpace(id)).Select(RorIds.ToShort).Distinct(StringComparer.Ordinal)]));
            }
        }
        catch (JsonException e)
        {
            throw InputException.For(path, "not a gold set (a JSON array of {affiliation, ror_ids}): " + e.Message, e);
        }

        return result;
    }
}
