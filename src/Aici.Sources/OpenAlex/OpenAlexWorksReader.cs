using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Reads OpenAlex works (.json, .jsonl, optionally gzipped) in either layout, told apart by content: API pages
/// (<c>{"meta": …, "results": [work, …]}</c>) or single records, read whole (they are small); and snapshot JSON
/// lines, one work per line, streamed. Each work is parsed on its own, so a bad work is one error diagnostic and
/// the others are kept. See docs/formats.md for the fields used and the keys.
/// </summary>
public sealed class OpenAlexWorksReader : IPaperSource, IJsonLinesSource
{
    public const string FormatName = "openalex";

    /// <summary>The <see cref="Paper.Source"/> of the papers it reads.</summary>
    public const string SourceName = "openalex";

    public OpenAlexWorksReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    public string Path { get; }

    public string Format => FormatName;

    public IEnumerable<ReadItem> Read(CancellationToken cancellationToken = default)
    {
        IEnumerable<ReadItem> items = OpenAlexLayouts.Detect(Path) == OpenAlexLayout.JsonLines
            ? JsonLines.Read(Path, new OpenAlexDocumentParser(Path), cancellationToken)
            : ReadDocument(cancellationToken);
        foreach (ReadItem item in items)
        {
            yield return item;
        }
    }

    IJsonLineParser? IJsonLinesSource.CreateLineParser() =>
        OpenAlexLayouts.Detect(Path) == OpenAlexLayout.JsonLines ? new OpenAlexDocumentParser(Path) : null;

    /// <summary>The whole file as one JSON value. A stream that breaks off is one file error; what came before is kept.</summary>
    private List<ReadItem> ReadDocument(CancellationToken cancellationToken)
    {
        (byte[] bytes, int length, string? failure) = ReadAll();
        ReadOnlySpan<byte> json = bytes.AsSpan(0, length);
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var items = new List<ReadItem>();
        new OpenAlexDocumentParser(Path).Parse(json, 1, items, reportInvalidJson: failure is null, cancellationToken);
        if (failure is not null)
        {
            long line = 1 + json.Count((byte)'\n');
            items.Add(ReadItem.Of(Diagnostic.Rejected(Path, line, JsonLines.FileField, failure)));
        }

        return items;
    }

    /// <summary>The file's (decompressed) bytes, and why reading stopped early, if it did.</summary>
    private (byte[] Bytes, int Length, string? Failure) ReadAll()
    {
        using Stream stream = InputStreams.Open(Path);
        using var buffer = new MemoryStream();
        string? failure = null;
        try
        {
            stream.CopyTo(buffer);
        }
        catch (EndOfStreamException)
        {
            failure = CheckedGzipStream.TruncatedMessage;
        }
        catch (InvalidDataException e)
        {
            failure = "corrupt compressed stream: " + e.Message;
        }
        catch (IOException e)
        {
            failure = "read error: " + e.Message;
        }

        return (buffer.GetBuffer(), (int)buffer.Length, failure);
    }
}
