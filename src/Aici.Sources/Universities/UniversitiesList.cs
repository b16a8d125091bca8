using System.Text.Json;

using Aici.Core.Affiliations;
using Aici.Core.Domain;

namespace Aici.Sources.Universities;

/// <summary>
/// Reads the world universities list (Hipo's <c>world_universities_and_domains.json</c>: a JSON array of
/// <c>{name, alpha_two_code, country, domains, web_pages, state-province}</c>) as name → country evidence. It carries
/// no registry id; the resolver uses it for the country when no registry organisation matches. Entries without a name
/// or a valid code are skipped.
/// </summary>
public static class UniversitiesList
{
    /// <exception cref="InputException">The file cannot be read or is not a JSON array of objects.</exception>
    public static IReadOnlyList<UniversityName> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw InputException.For(path, "no such file");
        }

        var result = new List<UniversityName>();
        using Stream stream = Inputs.InputStreams.Open(path);
        try
        {
            foreach (UniversityDto? entry in JsonSerializer
                .DeserializeAsyncEnumerable(stream, UniversitiesJsonContext.Default.UniversityDto)
                .ToBlockingEnumerable())
            {
                if (entry?.Name is { } name && !string.IsNullOrWhiteSpace(name) && Code(entry.AlphaTwoCode) is { } code)
                {
                    result.Add(new UniversityName(name.Trim(), code));
                }
            }
        }
        catch (JsonException e)
        {
            throw InputException.For(path, "not a universities list (a JSON array of objects): " + e.Message, e);
        }

        return result;
    }

    private static CountryCode? Code(string? code)
    {
        string? upper = code?.Trim().ToUpperInvariant();
        return upper is { Length: 2 } && char.IsAsciiLetterUpper(upper[0]) && char.IsAsciiLetterUpper(upper[1]) ? new CountryCode(upper) : null;
    }
}
