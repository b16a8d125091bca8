using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.OpenAlex;
using Aici.Sources.Papers;

namespace Aici.Sources.Inputs;

/// <summary>Builds the reader of each input file's format.</summary>
public static class SourceFactory
{
    public static IReadOnlyList<IPaperSource> Create(IEnumerable<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return [.. files.Select(Create)];
    }

    public static IPaperSource Create(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Format switch
        {
            KaggleSnapshotReader.FormatName => new KaggleSnapshotReader(file.Path),
            AtomFeedReader.FormatName => new AtomFeedReader(file.Path),
            PapersJsonLinesReader.FormatName => new PapersJsonLinesReader(file.Path),
            OpenAlexWorksReader.FormatName => new OpenAlexWorksReader(file.Path),
            _ => throw new ArgumentException($"unknown input format '{file.Format}'", nameof(file)),
        };
    }
}
