namespace Aici.Core.Domain;

/// <summary>
/// What a reader yields for one input record: a paper, a diagnostic, or a paper with a warning about one of its fields.
/// </summary>
public sealed record ReadItem(Paper? Paper, Diagnostic? Diagnostic)
{
    public static ReadItem Of(Paper paper) => new(paper, null);

    public static ReadItem Of(Diagnostic diagnostic) => new(null, diagnostic);

    public static ReadItem Of(Paper paper, Diagnostic warning) => new(paper, warning);
}
