namespace Aici.Core.Domain;

/// <summary>
/// A research paper as read from one source record. <see cref="Key"/> identifies the work across sources:
/// "arxiv:ID" when an arXiv id is known, else "doi:DOI" (lower case) where the source has no id scheme of its own
/// worth keeping, else "SOURCE:ID"; so one work read from several records counts once. The store also joins records
/// that share a DOI.
/// Title and abstract are kept as the source wrote them; matching uses <see cref="Text.MatchText"/>.
/// </summary>
public sealed record Paper
{
    public required string Key { get; init; }

    /// <summary>The reader that produced the record: "arxiv", "arxiv-atom", "papers" or "openalex".</summary>
    public required string Source { get; init; }

    /// <summary>The record's own id in its source (arXiv id without version, or the papers file's id).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Abstract { get; init; }

    /// <summary>Publication or first-submission year.</summary>
    public int? Year { get; init; }

    /// <summary>First submission date where the source gives one (arXiv v1).</summary>
    public DateOnly? Submitted { get; init; }

    /// <summary>The record's latest version where the source numbers them (arXiv "v3"); an update changes it.</summary>
    public string? Version { get; init; }

    /// <summary>Date of the record's last update where the source gives one (arXiv update_date).</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>arXiv categories, primary first; empty when the source has none.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Venue { get; init; }

    /// <summary>The source's main research topic where it gives one (OpenAlex primary_topic display name).</summary>
    public string? Topic { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Paper-level countries the source gave (already normalised).</summary>
    public IReadOnlyList<CountryCode> Countries { get; init; } = [];

    public string? Doi { get; init; }

    public string? ArxivId { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>What an arXiv work key starts with.</summary>
    public const string ArxivKeyPrefix = "arxiv:";

    public static string ArxivKey(string arxivId) => ArxivKeyPrefix + arxivId;
}
