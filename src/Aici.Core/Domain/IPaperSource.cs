namespace Aici.Core.Domain;

/// <summary>
/// A source of papers: one input file in one format. Built-in readers implement it exactly as an outside one would.
/// Reading never throws for a bad record: it yields a <see cref="Diagnostic"/> and goes on.
/// </summary>
public interface IPaperSource
{
    /// <summary>The input's path, as given on the command line.</summary>
    string Path { get; }

    /// <summary>The format's name: "arxiv-kaggle", "arxiv-atom" or "papers".</summary>
    string Format { get; }

    IEnumerable<ReadItem> Read(CancellationToken cancellationToken = default);
}
