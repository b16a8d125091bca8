using Aici.Core.Domain;
using Aici.Sources.Json;

namespace Aici.Sources.Papers;

/// <summary>
/// Reads Aici's papers interchange format: one JSON object per line (<c>source, id, title, abstract, year, venue,
/// authors</c>, optional <c>affiliations, countries, doi, arxiv_id, …</c>), plain or gzipped. Any bibliographic
/// source can be converted to it. See docs/formats.md.
/// </summary>
public sealed class PapersJsonLinesReader : IPaperSource, IJsonLinesSource
{
    public const string FormatName = "papers";

    /// <summary>The <see cref="Paper.Source"/> of the papers it reads.</summary>
    public const string SourceName = "papers";

    public PapersJsonLinesReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    public string Path { get; }

    public string Format => FormatName;

    public IEnumerable<ReadItem> Read(CancellationToken cancellationToken = default) =>
        JsonLines.Read(Path, new PapersRecordParser(Path), cancellationToken);

    IJsonLineParser IJsonLinesSource.CreateLineParser() => new PapersRecordParser(Path);
}
