using Aici.Core.Domain;

namespace Aici.Core.Tests.Domain;

public sealed class NamedAuthorsTests
{
    private static IReadOnlyList<string> Commas(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [Fact]
    public void Names_are_split_once_on_first_use_and_read_as_authors_without_affiliations()
    {
        int splits = 0;
        var authors = new NamedAuthors("Ada Lovelace, Alan Turing", names => { splits++; return Commas(names); });
        Assert.Equal(0, splits);
        Assert.Equal("Ada Lovelace, Alan Turing", authors.Names);

        Assert.Equal(2, authors.Count);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], authors.Select(a => a.Name));
        Assert.Equal("Alan Turing", authors[1].Name);
        Assert.All(authors, a => Assert.Empty(a.Affiliations));
        Assert.Equal(1, splits);
    }

    [Fact]
    public void Any_affiliation_reads_named_authors_without_splitting_them()
    {
        var named = new NamedAuthors("A, B", _ => throw new InvalidOperationException("split"));
        Assert.False(NamedAuthors.AnyAffiliation(named));
        Assert.False(NamedAuthors.AnyAffiliation([Author.Named("A")]));
        Assert.True(NamedAuthors.AnyAffiliation([Author.Named("A"), new Author("B", [new Affiliation("Oxford", [])])]));
    }

    [Fact]
    public void Threads_that_split_at_once_see_the_same_authors()
    {
        var authors = new NamedAuthors(string.Join(", ", Enumerable.Range(0, 200).Select(i => $"Author {i}")), Commas);
        Author[][] seen = new Author[8][];
        Parallel.For(0, seen.Length, i => seen[i] = [.. authors]);
        Assert.All(seen, s => Assert.Equal(200, s.Length));
        Assert.All(seen, s => Assert.True(s.Zip(seen[0]).All(p => ReferenceEquals(p.First, p.Second))));
    }
}
