namespace Aici.Core.Run;

/// <summary>
/// What a run read, with which rules, what it counted, and when. The only place where clock time is kept:
/// tables and charts never hold it, so the same inputs give the same tables byte for byte.
/// </summary>
public sealed record RunManifest
{
    public required string Tool { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>The command line's options as the run understood them ("years" → "2015–2019", …).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Options { get; init; }

    public required IReadOnlyList<InputFile> Inputs { get; init; }

    public required IReadOnlyList<TaxonomyFile> Taxonomies { get; init; }

    /// <summary>The AI definition the tables use, with the versions of the rules and model it reads.</summary>
    public string AiDefinition { get; init; } = "";

    /// <summary>The AI definitions the sensitivity table compares, the run's own first.</summary>
    public IReadOnlyList<string> ComparedDefinitions { get; init; } = [];

    /// <summary>Model files the labels were made with: name, version, path and SHA-256 of the header (which names its weights' SHA-256).</summary>
    public IReadOnlyList<TaxonomyFile> Models { get; init; } = [];

    public required RunCounts Counts { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }
}

/// <summary>
/// One input file: its path, format, size, SHA-256 and what was read from it. <see cref="Skipped"/> when the store
/// already held it and it was not read again.
/// </summary>
public sealed record InputFile(string Path, string Format, long Bytes, string Sha256, long Records, long Rejected, long Warnings)
{
    public bool Skipped { get; init; }

    /// <summary>
    /// A fast, non-cryptographic hash of the file's bytes (XxHash128, lower-case hex): how a later run recognises an
    /// input the store holds before reading it, without computing its SHA-256 again.
    /// </summary>
    public string QuickHash { get; init; } = "";
}

/// <summary>One taxonomy file: its name and version as declared inside, its path and SHA-256.</summary>
public sealed record TaxonomyFile(string Name, string Version, string Path, string Sha256);

/// <summary>
/// Counts of a run: records read, rejected and warned; distinct works; AI works; located AI works; and what the run
/// did to the store: records added, updated (a newer version replaced the stored one) or unchanged, and inputs
/// skipped because the store already held them (same size and content hash).
/// </summary>
public sealed record RunCounts(long Records, long Rejected, long Warnings, long Works, long AiWorks, long LocatedAiWorks)
{
    public long Added { get; init; }

    public long Updated { get; init; }

    public long Unchanged { get; init; }

    public long SkippedInputs { get; init; }
}
