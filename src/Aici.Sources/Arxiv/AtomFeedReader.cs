using System.Xml;

using Aici.Core.Domain;
using Aici.Sources.Inputs;

namespace Aici.Sources.Arxiv;

/// <summary>
/// Reads an arXiv API Atom feed (.xml, .atom, optionally gzipped) with a streaming <see cref="XmlReader"/>, one paper
/// per <c>&lt;entry&gt;</c>. Both the current layout (namespaces declared on the root) and the older one (arxiv
/// namespace declared on each element) are read the same way, since elements are matched by namespace URI.
/// See docs/formats.md.
/// </summary>
public sealed class AtomFeedReader : IPaperSource
{
    public const string FormatName = "arxiv-atom";

    /// <summary>The <see cref="Paper.Source"/> of the papers it reads.</summary>
    public const string SourceName = "arxiv-atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public AtomFeedReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    public string Path { get; }

    public string Format => FormatName;

    public IEnumerable<ReadItem> Read(CancellationToken cancellationToken = default)
    {
        using Stream stream = InputStreams.Open(Path);
        using var xml = XmlReader.Create(stream, Settings);
        var entries = new AtomEntryParser(Path, xml);
        while (entries.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (ReadItem item in entries.Current)
            {
                yield return item;
            }
        }
    }
}
