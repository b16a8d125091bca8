using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class ArxivIdsTests
{
    [Theory]
    [InlineData("0704.0001", 2007)]
    [InlineData("1501.00042", 2015)]
    [InlineData("2603.12345", 2026)]
    [InlineData("hep-th/9901001", 1999)]
    [InlineData("math.GT/0309136", 2003)]
    [InlineData("cmp-lg/9405021", 1994)]
    [InlineData("cs/0101007", 2001)]
    public void Year_comes_from_the_id(string id, int year) => Assert.Equal(year, ArxivIds.Year(id));

    [Theory]
    [InlineData("http://arxiv.org/abs/2202.12139v1", "v1")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001v12", "v12")]
    [InlineData("2202.12139", null)]
    [InlineData("math.GT/0309136", null)]
    [InlineData("http://arxiv.org/abs/2202.12139v", null)]
    public void Version_comes_from_the_id_suffix(string id, string? version) => Assert.Equal(version, ArxivIds.VersionOf(id));

    [Theory]
    [InlineData("0703.0001")]
    [InlineData("2413.00001")]
    [InlineData("12345")]
    [InlineData("hep-th/99010")]
    [InlineData("")]
    public void Ids_that_are_not_arxiv_ids_have_no_year(string id) => Assert.Null(ArxivIds.Year(id));

    [Theory]
    [InlineData("2202.12139v1", "2202.12139")]
    [InlineData("http://arxiv.org/abs/2202.12139v1", "2202.12139")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("https://arxiv.org/pdf/2202.12139v3.pdf", "2202.12139")]
    [InlineData("arXiv:1707.08567", "1707.08567")]
    [InlineData(" 1707.08567 ", "1707.08567")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    public void Normalize_strips_prefixes_and_versions(string raw, string expected) => Assert.Equal(expected, ArxivIds.Normalize(raw));
}
