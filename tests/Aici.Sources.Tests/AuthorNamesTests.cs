using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("A. One, B. Two and C. Three", new[] { "A. One", "B. Two", "C. Three" })]
    [InlineData("A. One, B. Two, and C. Three", new[] { "A. One", "B. Two", "C. Three" })]
    [InlineData("Solo Author", new[] { "Solo Author" })]
    [InlineData("A. One (Dept. of Art, Some University), B. Two", new[] { "A. One", "B. Two" })]
    [InlineData("A. One,\n  B. Two", new[] { "A. One", "B. Two" })]
    [InlineData("Alexander Anderson and Sandra Landers", new[] { "Alexander Anderson", "Sandra Landers" })]
    [InlineData("", new string[0])]
    public void Splits_author_strings(string authors, string[] expected) => Assert.Equal(expected, AuthorNames.Split(authors));

    [Theory]
    [InlineData("Babbage", "Charles", "Jr", "Charles Babbage Jr")]
    [InlineData("van der Tak", "Floris", "", "Floris van der Tak")]
    [InlineData("Mononym", "", "", "Mononym")]
    [InlineData("Two\n  Lines", "Name", "", "Name Two Lines")]
    public void Joins_parsed_names(string last, string first, string suffix, string expected) =>
        Assert.Equal(expected, AuthorNames.Join(last, first, suffix));
}
