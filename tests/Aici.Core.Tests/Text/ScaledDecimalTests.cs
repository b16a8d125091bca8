using Aici.Core.Text;

namespace Aici.Core.Tests.Text;

public sealed class ScaledDecimalTests
{
    [Theory]
    [InlineData(12345L, 4, "1.2345")]
    [InlineData(12300L, 4, "1.23")]
    [InlineData(10000L, 4, "1")]
    [InlineData(5L, 4, "0.0005")]
    [InlineData(-5L, 3, "-0.005")]
    [InlineData(-120L, 3, "-0.12")]
    [InlineData(0L, 3, "0")]
    [InlineData(7L, 0, "7")]
    [InlineData(long.MinValue, 4, "-922337203685477.5808")]
    [InlineData(long.MaxValue, 0, "9223372036854775807")]
    public void Writes_the_number_without_trailing_zeros(long scaled, int places, string expected)
    {
        Span<char> text = stackalloc char[ScaledDecimal.MaxLength];
        Assert.Equal(expected, text[..ScaledDecimal.Write(scaled, places, text)].ToString());
    }
}
