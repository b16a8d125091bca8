using Aici.Core.Domain;
using Aici.Core.Locate;

namespace Aici.Core.Tests;

public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("United States", "US")]
    [InlineData("USA", "US")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Hong Kong", "HK")]
    [InlineData("Hong Kong SAR, China", "HK")]
    [InlineData("Macau", "MO")]
    [InlineData("China", "CN")]
    [InlineData("South Korea", "KR")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Czechia", "CZ")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("GBR", "GB")]
    [InlineData("de", "DE")]
    [InlineData("NA", "NA")]
    [InlineData("  viet nam ", "VN")]
    public void Names_and_codes_become_alpha2(string name, string expected)
    {
        Assert.True(CountryNames.TryParse(name, out CountryCode code));
        Assert.Equal(expected, code.Value);
    }

    [Fact]
    public void Hong_Kong_and_Macao_stay_apart_from_China()
    {
        Assert.True(CountryNames.TryParse("Hong Kong", out CountryCode hk));
        Assert.True(CountryNames.TryParse("Macao", out CountryCode mo));
        Assert.True(CountryNames.TryParse("China", out CountryCode cn));
        Assert.NotEqual(cn, hk);
        Assert.NotEqual(cn, mo);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("")]
    [InlineData("N/A")]
    public void Unknown_is_no_country_and_not_an_error(string name)
    {
        Assert.True(CountryNames.IsUnknown(name));
        Assert.False(CountryNames.TryParse(name, out _));
    }

    [Fact]
    public void A_made_up_name_is_not_a_country() => Assert.False(CountryNames.TryParse("Atlantis", out _));
}
