using Aici.Core.Domain;
using Aici.Sources.Json;

namespace Aici.Sources.Arxiv;

/// <summary>
/// Reads the Kaggle arXiv metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): one JSON object per line,
/// plain or gzipped (.json, .jsonl, .json.gz, .jsonl.gz). Streams the file in large buffers with bounded memory.
/// See docs/formats.md for the fields used and what is an error or a warning.
/// </summary>
public sealed class KaggleSnapshotReader : IPaperSource, IJsonLinesSource
{
    public const string FormatName = "arxiv-kaggle";

    /// <summary>The <see cref="Paper.Source"/> of the papers it reads.</summary>
    public const string SourceName = "arxiv";

    public KaggleSnapshotReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    public string Path { get; }

    public string Format => FormatName;

    public IEnumerable<ReadItem> Read(CancellationToken cancellationToken = default) =>
        JsonLines.Read(Path, new KaggleRecordParser(Path), cancellationToken);

    IJsonLineParser IJsonLinesSource.CreateLineParser() => new KaggleRecordParser(Path);
}
