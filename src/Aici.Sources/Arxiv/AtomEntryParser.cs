using System.Xml;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Json;
using Aici.Sources.Text;

namespace Aici.Sources.Arxiv;

/// <summary>
/// Walks an Atom feed entry by entry. Each step yields the items of one entry (a paper with its warnings, or an
/// error). Malformed XML or a truncated stream ends the walk with one error; entries before it are kept.
/// </summary>
internal sealed class AtomEntryParser(string path, XmlReader xml)
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ArxivNamespace = "http://arxiv.org/schemas/atom";

    private const string XmlField = "xml";

    private readonly IXmlLineInfo? lineInfo = xml as IXmlLineInfo;
    private readonly CategoryLists categories = new();
    private readonly RecordWarnings warnings = new(path);
    private readonly List<ReadItem> items = [];
    private bool sawRoot;
    private bool done;

    /// <summary>The items of the entry just read.</summary>
    public IReadOnlyList<ReadItem> Current => items;

    public bool MoveNext()
    {
        items.Clear();
        if (done)
        {
            return false;
        }

        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!sawRoot)
                {
                    sawRoot = true;
                    if (!Is(AtomNamespace, "feed"))
                    {
                        return Stop(XmlField, $"not an Atom feed: the root element is <{xml.Name}> in namespace '{xml.NamespaceURI}'");
                    }

                    continue;
                }

                if (Is(AtomNamespace, "entry"))
                {
                    ReadEntry();
                    return true;
                }
            }

            done = true;
            return false;
        }
        catch (XmlException e)
        {
            return Stop(XmlField, e.Message, e.LineNumber);
        }
        catch (EndOfStreamException)
        {
            return Stop(JsonLines.FileField, CheckedGzipStream.TruncatedMessage);
        }
        catch (InvalidDataException e)
        {
            return Stop(JsonLines.FileField, "corrupt compressed stream: " + e.Message);
        }
    }

    private long Line => lineInfo?.LineNumber ?? 0;

    private bool Stop(string field, string reason, long? line = null)
    {
        items.Clear();
        items.Add(ReadItem.Of(Diagnostic.Rejected(path, line ?? Line, field, reason)));
        done = true;
        return true;
    }

    private bool Is(string ns, string localName) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == localName && xml.NamespaceURI == ns;

    private void ReadEntry()
    {
        warnings.Clear();
        long line = Line;
        var entry = new AtomEntry();
        if (!xml.IsEmptyElement)
        {
            int depth = xml.Depth;
            xml.Read();
            while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    ReadEntryChild(entry, line);
                }
                else
                {
                    xml.Read();
                }
            }
        }

        if (Build(entry, line, out ReadItem? rejection) is { } paper)
        {
            warnings.Emit(paper, items);
        }
        else
        {
            items.Add(rejection!);
        }
    }

    /// <summary>Reads the element the reader is on and leaves the reader just after it.</summary>
    private void ReadEntryChild(AtomEntry entry, long line)
    {
        if (xml.NamespaceURI == AtomNamespace)
        {
            switch (xml.LocalName)
            {
                case "id":
                    entry.Id = xml.ReadElementContentAsString();
                    return;
                case "title":
                    entry.Title = xml.ReadElementContentAsString();
                    return;
                case "summary":
                    entry.Summary = xml.ReadElementContentAsString();
                    return;
                case "published":
                    entry.Published = ReadDate("published", line);
                    return;
                case "updated":
                    entry.Updated = ReadDate("updated", line);
                    return;
                case "category":
                    if (xml.GetAttribute("term") is { } term && !string.IsNullOrWhiteSpace(term))
                    {
                        CategoryLists.AddDistinct(entry.Categories, categories.Name(term.AsSpan().Trim()));
                    }

                    break;
                case "author":
                    ReadAuthor(entry.Authors);
                    return;
            }
        }
        else if (xml.NamespaceURI == ArxivNamespace)
        {
            switch (xml.LocalName)
            {
                case "primary_category":
                    if (xml.GetAttribute("term") is { } term && !string.IsNullOrWhiteSpace(term))
                    {
                        entry.PrimaryCategory = categories.Name(term.AsSpan().Trim());
                    }

                    break;
                case "doi":
                    entry.Doi = xml.ReadElementContentAsString().Trim();
                    return;
            }
        }

        xml.Skip();
    }

    private void ReadAuthor(List<Author> authors)
    {
        if (xml.IsEmptyElement)
        {
            xml.Skip();
            return;
        }

        int depth = xml.Depth;
        string? name = null;
        List<Affiliation>? affiliations = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (Is(AtomNamespace, "name"))
            {
                name = Whitespace.Collapse(xml.ReadElementContentAsString());
            }
            else if (Is(ArxivNamespace, "affiliation"))
            {
                string text = Whitespace.Collapse(xml.ReadElementContentAsString());
                if (text.Length > 0)
                {
                    (affiliations ??= []).Add(Affiliation.Unlocated(text));
                }
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        if (!string.IsNullOrEmpty(name))
        {
            authors.Add(new Author(name, affiliations is null ? [] : affiliations));
        }
    }

    private DateOnly? ReadDate(string field, long line)
    {
        string text = xml.ReadElementContentAsString();
        if (ArxivDates.TryParseIso(text, out DateOnly date))
        {
            return date;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            warnings.Add(line, field, $"unreadable date '{text.Trim()}'");
        }

        return null;
    }

    /// <summary>The entry's paper, or null and the error that rejects it.</summary>
    private Paper? Build(AtomEntry entry, long line, out ReadItem? rejection)
    {
        rejection = null;
        string? rawId = entry.Id?.Trim();
        if (RequiredField.Problem("id", rawId) is { } idError)
        {
            rejection = Reject(line, "id", idError);
            return null;
        }

        // An arXiv API error feed has one entry whose id is http://arxiv.org/api/errors#… and whose summary says why.
        if (rawId!.Contains("/api/errors", StringComparison.OrdinalIgnoreCase))
        {
            string reason = (entry.Summary ?? entry.Title)?.Trim() is { Length: > 0 } message ? message : "arXiv API error " + rawId;
            rejection = Reject(line, "entry", reason);
            return null;
        }

        string id = ArxivIds.Normalize(rawId);
        if (!rawId.Contains("/abs/", StringComparison.OrdinalIgnoreCase) && !ArxivIds.IsWellFormed(id))
        {
            rejection = Reject(line, "id", $"not an arXiv id: '{rawId}'");
            return null;
        }

        if (RequiredField.Problem("title", entry.Title) is { } titleError)
        {
            rejection = Reject(line, "title", titleError);
            return null;
        }

        return new Paper
        {
            Key = Paper.ArxivKey(id),
            Source = AtomFeedReader.SourceName,
            Id = id,
            Title = entry.Title!,
            Abstract = string.IsNullOrWhiteSpace(entry.Summary) ? null : entry.Summary,
            Year = entry.Published?.Year ?? ArxivIds.Year(id),
            Submitted = entry.Published,
            Updated = entry.Updated,
            Version = ArxivIds.VersionOf(rawId),
            Categories = entry.OrderedCategories(),
            Authors = entry.Authors,
            Doi = string.IsNullOrEmpty(entry.Doi) ? null : entry.Doi,
            ArxivId = id,
            Location = new SourceLocation(path, line),
        };
    }

    private ReadItem Reject(long line, string field, string reason) => ReadItem.Of(Diagnostic.Rejected(path, line, field, reason));
}
