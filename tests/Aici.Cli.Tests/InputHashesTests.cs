using Aici.Cli.Pipeline;

namespace Aici.Cli.Tests;

/// <summary>The inputs' quick hashes started ahead of a run: the same values as hashing on demand, and failures surface.</summary>
public sealed class InputHashesTests
{
    [Fact]
    public void Hashes_started_ahead_equal_hashes_on_demand_and_differ_with_content()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a.jsonl"], "{\"id\":\"1\"}\n");
        File.WriteAllText(temp["b.jsonl"], "{\"id\":\"2\"}\n");
        InputHashes hashes = InputHashes.Start([temp["a.jsonl"], temp["b.jsonl"], temp["a.jsonl"]]);

        Assert.Equal(FileHash.Quick(temp["b.jsonl"]), hashes.Quick(temp["b.jsonl"]));
        Assert.Equal(FileHash.Quick(temp["a.jsonl"]), hashes.Quick(temp["a.jsonl"]));
        Assert.NotEqual(hashes.Quick(temp["a.jsonl"]).XxHash128, hashes.Quick(temp["b.jsonl"]).XxHash128);
        Assert.Equal(11, hashes.Quick(temp["a.jsonl"]).Bytes);

        // a path not started is hashed on demand
        File.WriteAllText(temp["c.jsonl"], "{\"id\":\"1\"}\n");
        Assert.Equal(hashes.Quick(temp["a.jsonl"]).XxHash128, hashes.Quick(temp["c.jsonl"]).XxHash128);
    }

    [Fact]
    public void A_file_that_cannot_be_read_fails_where_its_hash_is_asked_for()
    {
        using var temp = new TempFolder();
        InputHashes hashes = InputHashes.Start([temp["missing.jsonl"]]);
        Assert.Throws<FileNotFoundException>(() => hashes.Quick(temp["missing.jsonl"]));
    }
}
