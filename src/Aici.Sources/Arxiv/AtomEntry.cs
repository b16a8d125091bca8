using Aici.Core.Domain;

namespace Aici.Sources.Arxiv;

/// <summary>What one Atom <c>&lt;entry&gt;</c> held, gathered while streaming through it.</summary>
internal sealed class AtomEntry
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public DateOnly? Published { get; set; }

    public DateOnly? Updated { get; set; }

    public string? PrimaryCategory { get; set; }

    public List<string> Categories { get; } = [];

    public List<Author> Authors { get; } = [];

    public string? Doi { get; set; }

    /// <summary>The categories in feed order with the primary category moved (or added) to the front.</summary>
    public List<string> OrderedCategories()
    {
        if (PrimaryCategory is { } primary)
        {
            Categories.Remove(primary);
            Categories.Insert(0, primary);
        }

        return Categories;
    }
}
