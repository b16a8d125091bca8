using Aici.Sources.Arxiv;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// The identifiers of OpenAlex records: entity ids ("https://openalex.org/W2741809807" or "W2741809807"), DOIs
/// ("https://doi.org/10.7717/peerj.4375") and the arXiv ids hidden in <c>ids.arxiv</c> or in arXiv DataCite DOIs
/// ("10.48550/arXiv.2101.00001").
/// </summary>
internal static class OpenAlexIds
{
    /// <summary>The DOI prefix DataCite gives arXiv papers, lower case; the arXiv id follows it.</summary>
    public const string ArxivDoiPrefix = "10.48550/arxiv.";

    private static readonly string[] DoiPrefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>
    /// The short id ("W123", upper-case letter) of an OpenAlex entity id written as a URL on openalex.org or already
    /// short; null when <paramref name="value"/> is not one (a letter followed by digits).
    /// </summary>
    public static string? ShortId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ReadOnlySpan<char> id = value.AsSpan().Trim();
        int slash = id.LastIndexOf('/');
        if (slash >= 0)
        {
            if (!id.Contains("openalex.org", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            id = id[(slash + 1)..];
        }

        if (id.Length < 2 || !char.IsAsciiLetter(id[0]) || id[1..].ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return char.IsAsciiLetterUpper(id[0]) && id.Length == value.Length ? value : string.Concat([char.ToUpperInvariant(id[0])], id[1..]);
    }

    /// <summary>The short work id ("W123") of <paramref name="value"/>, or null when it is not a work id.</summary>
    public static string? WorkId(string value) => ShortId(value) is { } id && id[0] == 'W' ? id : null;

    /// <summary>
    /// What kind of record an entity id names ("institution" for "I…"), or null for a work ("W…") or an id that is
    /// not an OpenAlex entity id.
    /// </summary>
    public static string? NonWorkKind(string value) => ShortId(value)?[0] switch
    {
        'A' => "author",
        'S' => "source",
        'I' => "institution",
        'C' => "concept",
        'P' => "publisher",
        'F' => "funder",
        'T' => "topic",
        _ => null,
    };

    /// <summary>
    /// The DOI without its resolver or "doi:" prefix, trimmed, in its original case; null when what is left does not
    /// look like a DOI ("10." prefix, then a slash).
    /// </summary>
    public static string? DoiBody(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string doi = value.Trim();
        foreach (string prefix in DoiPrefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..].Trim();
                break;
            }
        }

        return doi.StartsWith("10.", StringComparison.Ordinal) && doi.IndexOf('/', StringComparison.Ordinal) > 3 ? doi : null;
    }

    /// <summary>The DOI as Aici keys it: <see cref="DoiBody"/> lower-cased ("10.7717/peerj.4375"), or null.</summary>
    public static string? Doi(string value) => DoiBody(value)?.ToLowerInvariant();

    /// <summary>
    /// The arXiv id of an arXiv DataCite DOI ("10.48550/arXiv.2101.00001" → "2101.00001"; the prefix in any case),
    /// else null. Pass the DOI in its original case (<see cref="DoiBody"/>): old-style ids keep their case.
    /// </summary>
    public static string? ArxivIdFromDoi(string? doi) =>
        doi is not null && doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase)
            ? ArxivId(doi[ArxivDoiPrefix.Length..])
            : null;

    /// <summary>
    /// The arXiv id, in any form ("https://arxiv.org/abs/2101.00001v2", "arXiv:2101.00001", "hep-th/9901001"),
    /// normalised with <see cref="ArxivIds.Normalize"/>; null when the result is not a well-formed arXiv id.
    /// </summary>
    public static string? ArxivId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string id = ArxivIds.Normalize(value);
        return ArxivIds.IsWellFormed(id) ? id : null;
    }
}
