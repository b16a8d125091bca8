using Aici.Core.Text;

namespace Aici.Core.Tests;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("Bal\\'azs", "Balazs")]
    [InlineData("G{\\\"o}del", "Godel")]
    [InlineData("Caf\u00e9 au lait", "Cafe au lait")]
    [InlineData("\\emph{Style} transfer", "Style transfer")]
    [InlineData("Two\n  lines\tand tabs", "Two lines and tabs")]
    [InlineData("$\\alpha$-GAN", "-GAN")]
    [InlineData("R\\&D", "R&D")]
    [InlineData("plain text stays", "plain text stays")]
    public void Fold_removes_latex_accents_and_whitespace(string raw, string expected) =>
        Assert.Equal(expected, MatchText.Fold(raw));

    [Fact]
    public void Display_title_folds_whitespace_only() =>
        Assert.Equal("Calculation of prompt \\'a cross sections", MatchText.ForDisplay("Calculation of prompt \\'a\n  cross sections "));
}
