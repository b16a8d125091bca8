using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class ArxivDatesTests
{
    [Theory]
    [InlineData("Mon, 2 Apr 2007 19:18:42 GMT", 2007, 4, 2)]
    [InlineData("Thu, 22 Dec 2022 17:01:56 GMT", 2022, 12, 22)]
    [InlineData("2 Apr 2007 19:18:42 GMT", 2007, 4, 2)]
    public void Rfc1123_dates_parse(string text, int year, int month, int day)
    {
        Assert.True(ArxivDates.TryParseRfc1123(text, out DateOnly date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("sometime in December")]
    [InlineData("Mon, 31 Feb 2007 10:00:00 GMT")]
    [InlineData("Mon, 2 Foo 2007 10:00:00 GMT")]
    [InlineData("2007-04-02")]
    [InlineData("")]
    public void Other_text_is_not_an_rfc1123_date(string text) => Assert.False(ArxivDates.TryParseRfc1123(text, out _));

    [Theory]
    [InlineData("2008-11-13", 2008, 11, 13)]
    [InlineData("2022-02-24T15:05:19Z", 2022, 2, 24)]
    [InlineData("2016-10-09T00:00:00-04:00", 2016, 10, 9)]
    public void Iso_dates_parse(string text, int year, int month, int day)
    {
        Assert.True(ArxivDates.TryParseIso(text, out DateOnly date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2021-13-45")]
    [InlineData("last week")]
    [InlineData("2021-1-5")]
    [InlineData("2021-01-05x")]
    public void Other_text_is_not_an_iso_date(string text) => Assert.False(ArxivDates.TryParseIso(text, out _));
}
