namespace Aici.Core.Affiliations;

/// <summary>ROR ids in their short form: "https://ror.org/03acrzv41" → "03acrzv41".</summary>
public static class RorIds
{
    private const string Prefix = "https://ror.org/";

    /// <summary>The short form of an id written as a URL (http or https, any case) or already short; trimmed.</summary>
    public static string ToShort(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string trimmed = id.Trim();
        int slash = trimmed.LastIndexOf('/');
        if (slash >= 0 && trimmed.Contains("ror.org", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[(slash + 1)..];
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>The URL form of a short id.</summary>
    public static string Url(string shortId) => Prefix + shortId;
}
