using System.Collections;

namespace Aici.Core.Domain;

/// <summary>
/// Authors a source gives only as one string of names (the arXiv snapshot's <c>"A. One, B. Two and C. Three"</c>), so
/// none of them has an affiliation. The string is split into <see cref="Author"/>s on first use, by the source's own
/// rule: a run that never reads the names (most papers have no country to find) never pays for them. Thread-safe;
/// the authors are the same whichever thread splits them first.
/// </summary>
public sealed class NamedAuthors : IReadOnlyList<Author>
{
    private readonly Func<string, IReadOnlyList<string>> _split;
    private Author[]? _authors;

    /// <param name="names">The names as the source gives them.</param>
    /// <param name="split">The source's rule that cuts <paramref name="names"/> into single names.</param>
    public NamedAuthors(string names, Func<string, IReadOnlyList<string>> split)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(split);
        Names = names;
        _split = split;
    }

    /// <summary>The names as the source gave them, unsplit.</summary>
    public string Names { get; }

    public int Count => Authors.Length;

    public Author this[int index] => Authors[index];

    private Author[] Authors => Volatile.Read(ref _authors) ?? Split();

    /// <summary>
    /// Whether any of <paramref name="authors"/> has an affiliation, without splitting <see cref="NamedAuthors"/>
    /// (they have none).
    /// </summary>
    public static bool AnyAffiliation(IReadOnlyList<Author> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        if (authors is NamedAuthors)
        {
            return false;
        }

        foreach (Author author in authors)
        {
            if (author.Affiliations.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerator<Author> GetEnumerator() => ((IEnumerable<Author>)Authors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Author[] Split()
    {
        IReadOnlyList<string> names = _split(Names);
        var authors = new Author[names.Count];
        for (int i = 0; i < authors.Length; i++)
        {
            authors[i] = Author.Named(names[i]);
        }

        // two threads may split at once: both get equal lists, and the first one kept is the one every reader sees
        return Interlocked.CompareExchange(ref _authors, authors, null) ?? authors;
    }
}
