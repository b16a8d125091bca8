namespace Aici.Report.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(4041, "4,041")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(12.5, "12.5")]
    [InlineData(1234.44, "1,234.4")]
    [InlineData(double.NaN, "\u2013")]
    public void Counts(double value, string expected) => Assert.Equal(expected, Numbers.Count(value));

    [Theory]
    [InlineData(1, 3, "33.3%")]
    [InlineData(5, 0, "\u2013")]
    [InlineData(1, 10_000, "<0.1%")]
    [InlineData(0, 10_000, "0.0%")]
    public void Percents(double part, double whole, string expected) => Assert.Equal(expected, Numbers.Percent(part, whole));

    [Theory]
    [InlineData(999, "999 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(1_500_000, "1.5 MB")]
    [InlineData(4_512_345_678, "4.5 GB")]
    public void Sizes(long bytes, string expected) => Assert.Equal(expected, Numbers.Bytes(bytes));

    [Theory]
    [InlineData(412, "0.412 s")]
    [InlineData(12_340, "12.3 s")]
    [InlineData(245_000, "4 min 05 s")]
    [InlineData(7_385_000, "2 h 03 min 05 s")]
    [InlineData(-1, "\u2013")]
    public void Durations(long milliseconds, string expected) =>
        Assert.Equal(expected, Numbers.Duration(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Times_are_utc_iso_8601() =>
        Assert.Equal("2025-01-31T11:00:00Z", Numbers.Utc(new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.FromHours(1))));

    [Fact]
    public void Markup_escapes_and_drops_controls()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;\uFFFD", Markup.Escape("<a href=\"x\">&'\u0007"));
        Assert.Equal("plain text stays", Markup.Escape("plain text stays"));
        Assert.Equal(string.Empty, Markup.Escape(null));
    }

    [Fact]
    public void Text_is_fitted_with_an_ellipsis()
    {
        Assert.Equal("China", TextWidth.Fit("China", 100, 13));
        string cut = TextWidth.Fit("South Georgia and the South Sandwich Islands", 120, 13);
        Assert.EndsWith("\u2026", cut, StringComparison.Ordinal);
        Assert.True(TextWidth.Of(cut, 13) <= 120);
        Assert.True(TextWidth.Of("WWW", 13) > TextWidth.Of("iii", 13));
    }
}
