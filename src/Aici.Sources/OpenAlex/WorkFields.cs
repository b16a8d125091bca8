using Aici.Core.Domain;

namespace Aici.Sources.OpenAlex;

/// <summary>The fields of one OpenAlex work as read, before they are checked and become a <see cref="Paper"/>.</summary>
internal sealed class WorkFields
{
    public string? Id { get; set; }

    public string? IdProblem { get; set; }

    /// <summary><c>ids.openalex</c>: the id when the top-level <c>id</c> is absent.</summary>
    public string? IdsOpenAlex { get; set; }

    public string? Title { get; set; }

    public string? TitleProblem { get; set; }

    public string? DisplayName { get; set; }

    public string? Doi { get; set; }

    /// <summary><c>ids.doi</c>: the DOI when the top-level <c>doi</c> is absent.</summary>
    public string? IdsDoi { get; set; }

    /// <summary><c>ids.arxiv</c>.</summary>
    public string? IdsArxiv { get; set; }

    public int? Year { get; set; }

    public DateOnly? Date { get; set; }

    public string? Abstract { get; set; }

    public Author[] Authors { get; set; } = [];

    public string? Topic { get; set; }

    public string? Venue { get; set; }
}
