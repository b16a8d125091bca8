using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

public sealed class AbstractInvertedIndexTests
{
    private static Reading Read(string index)
    {
        using var dir = new TempDirectory();
        return Reading.Of(new OpenAlexWorksReader(dir.Write("w.jsonl", OpenAlexSamples.With("W1", "T", "\"abstract_inverted_index\": " + index))));
    }

    private static string? Abstract(string index) => Assert.Single(Read(index).Papers).Abstract;

    [Fact]
    public void Words_are_placed_at_their_positions_with_repeats_and_punctuation_tokens()
    {
        string index = """
            {"Generative":[0],"models":[1,7],",":[2],"we":[3],"argue":[4],"(":[5],"again":[6],"matter.":[8],")":[9]}
            """;

        Assert.Equal("Generative models , we argue ( again models matter. )", Abstract(index));
    }

    [Fact]
    public void Words_out_of_order_in_the_index_are_put_in_position_order()
    {
        Assert.Equal("the sound of the sea", Abstract("""{"sea":[4],"of":[2],"the":[0,3],"sound":[1]}"""));
    }

    [Fact]
    public void Gaps_are_skipped_and_the_first_word_of_a_position_wins()
    {
        Assert.Equal("A B C", Abstract("""{"A":[0],"B":[5],"Z":[5],"C":[40]}"""));
    }

    [Fact]
    public void A_null_or_empty_index_is_no_abstract()
    {
        Assert.Null(Abstract("null"));
        Assert.Null(Abstract("{}"));
    }

    [Fact]
    public void Bad_positions_are_dropped_with_one_warning()
    {
        Reading reading = Read("""{"ok":[0],"bad":[-1, "x"],"worse":"y","end":[1]}""");

        Assert.Equal("ok end", Assert.Single(reading.Papers).Abstract);
        Assert.Equal("abstract_inverted_index", Assert.Single(reading.Warnings).Field);
    }

    [Fact]
    public void An_index_that_is_not_an_object_is_a_warning()
    {
        Reading reading = Read("\"We animate.\"");

        Assert.Null(Assert.Single(reading.Papers).Abstract);
        Assert.Equal(("abstract_inverted_index", "expected an object, found a string"), (Assert.Single(reading.Warnings).Field, reading.Warnings[0].Reason));
    }
}
