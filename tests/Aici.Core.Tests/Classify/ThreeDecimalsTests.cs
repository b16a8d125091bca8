using System.Globalization;
using System.Text;

using Aici.Core.Classify;

namespace Aici.Core.Tests.Classify;

public sealed class ThreeDecimalsTests
{
    private static void AssertAsFormats(double value)
    {
        Assert.Equal(value.ToString("0.###", CultureInfo.InvariantCulture), ThreeDecimals.Append(new StringBuilder(), value, signed: false).ToString());
        Assert.Equal(value.ToString("+0.###;-0.###", CultureInfo.InvariantCulture), ThreeDecimals.Append(new StringBuilder(), value, signed: true).ToString());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-300)]
    [InlineData(0.0001)]
    [InlineData(-0.0001)]
    [InlineData(0.0005)]
    [InlineData(-0.0005)]
    [InlineData(0.001)]
    [InlineData(0.01)]
    [InlineData(0.1)]
    [InlineData(1.0005)]
    [InlineData(-1.0005)]
    [InlineData(0.1234999999999999)]
    [InlineData(9.9995)]
    [InlineData(999.9995)]
    [InlineData(-999.99951)]
    [InlineData(12345.6785)]
    [InlineData(123456789.0005)]
    [InlineData(999999999.9995)]
    [InlineData(1e15)]
    [InlineData(-1e20)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.Epsilon)]
    public void Numbers_are_written_as_the_custom_formats_write_them(double value) => AssertAsFormats(value);

    [Fact]
    public void Random_numbers_and_halves_of_every_size_are_written_as_the_custom_formats_write_them()
    {
        var random = new Random(20261206);
        for (int i = 0; i < 200_000; i++)
        {
            // any size from 1e-6 to 1e12, either sign; and numbers a few units in the last place from a half
            // thousandth, where the 15-digit rounding and the third-decimal rounding meet
            double value = Math.Pow(10, (random.NextDouble() * 18) - 6) * (random.Next(2) == 0 ? 1 : -1);
            AssertAsFormats(value);
            double half = (Math.Round(value * 1000) + 0.5) / 1000;
            AssertAsFormats(half);
            AssertAsFormats(Math.BitIncrement(half));
            AssertAsFormats(Math.BitDecrement(half));
            AssertAsFormats(half + (half * 3e-15));
            AssertAsFormats(half - (half * 3e-15));
        }
    }
}
