using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Cli.Commands.Classify;

namespace Aici.Cli.Tests.Classify;

public sealed class RoundedNumberTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("n");

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void AssertAsTheWriter(double value) =>
        Assert.Equal(
            Written(json => json.WriteNumber(Name, LabelledPaperJson.Round(value))),
            Written(json => LabelledPaperJson.WriteRounded(json, Name, value)));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.00001)]
    [InlineData(0.00005)]
    [InlineData(-0.00005)]
    [InlineData(1.0)]
    [InlineData(0.94)]
    [InlineData(0.5695)]
    [InlineData(-0.12345)]
    [InlineData(12.5)]
    [InlineData(99999.99995)]
    [InlineData(123456789.12345)]
    [InlineData(1e9)]
    [InlineData(-3e12)]
    public void Numbers_are_written_as_the_writer_writes_the_rounded_double(double value) => AssertAsTheWriter(value);

    [Fact]
    public void Not_a_number_is_refused_as_the_writer_refuses_it() =>
        Assert.Equal(
            Assert.ThrowsAny<ArgumentException>(() => Written(json => json.WriteNumber(Name, double.NaN))).GetType(),
            Assert.ThrowsAny<ArgumentException>(() => Written(json => LabelledPaperJson.WriteRounded(json, Name, double.NaN))).GetType());

    [Fact]
    public void Random_numbers_of_every_size_are_written_as_the_writer_writes_them()
    {
        var random = new Random(20261206);
        for (int i = 0; i < 300_000; i++)
        {
            double value = Math.Pow(10, (random.NextDouble() * 16) - 6) * (random.Next(2) == 0 ? 1 : -1);
            AssertAsTheWriter(value);
            AssertAsTheWriter(Math.Round(value, 4) + 0.00005);
            AssertAsTheWriter(random.NextDouble());
        }
    }
}
