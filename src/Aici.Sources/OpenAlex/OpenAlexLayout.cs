namespace Aici.Sources.OpenAlex;

/// <summary>How an OpenAlex file holds its works.</summary>
internal enum OpenAlexLayout
{
    /// <summary>One JSON value per line: snapshot works (or API pages, one per line).</summary>
    JsonLines,

    /// <summary>One JSON value over the whole file: an API page, a single work, or another entity record.</summary>
    Document,
}
