namespace Aici.Core.Classify;

/// <summary>What classifiers read of a paper: title, abstract and arXiv categories (empty in text-only mode).</summary>
public sealed record PaperText(string Title, string? Abstract, IReadOnlyList<string> Categories)
{
    public static PaperText Of(Domain.Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new PaperText(paper.Title, paper.Abstract, paper.Categories);
    }

    /// <summary>The same paper with its categories hidden, as evaluation on text alone sees it.</summary>
    public PaperText WithoutCategories() => this with { Categories = [] };
}
