using System.Text;

using Aici.Sources.Inputs;

namespace Aici.Sources.Tests;

public sealed class LineSplitterTests
{
    private static List<(long Line, string Text)> Split(string text, int bufferSize)
    {
        using var lines = new LineSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize);
        var result = new List<(long, string)>();
        while (lines.MoveNext())
        {
            result.Add((lines.LineNumber, Encoding.UTF8.GetString(lines.Current)));
        }

        Assert.Null(lines.Failure);
        return result;
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1 << 20)]
    public void Splits_on_newlines_whatever_the_buffer_size(int bufferSize)
    {
        string longLine = new('x', 100);
        List<(long Line, string Text)> lines = Split($"one\r\ntwo\n\n{longLine}\nlast", bufferSize);

        Assert.Equal([(1L, "one"), (2L, "two"), (3L, ""), (4L, longLine), (5L, "last")], lines);
    }

    [Fact]
    public void An_empty_stream_has_no_lines() => Assert.Empty(Split(string.Empty, 16));

    [Fact]
    public void A_final_newline_makes_no_extra_line() => Assert.Equal([(1L, "a"), (2L, "b")], Split("a\nb\n", 16));

    [Fact]
    public void A_byte_order_mark_is_skipped() => Assert.Equal([(1L, "{}")], Split("\uFEFF{}\n", 16));
}
