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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hashes_of_the_bytes_a_reader_reads_are_the_files_hashes(bool gzip)
    {
        // a JSON-lines input of about 3 MB (several reads of the reader's buffer), plain or gzipped: the digest fed by
        // the reader's tap gives the file's own SHA-256 and XxHash128, and the records are read as without a tap
        using var temp = new TempFolder();
        string path = temp[gzip ? "a.jsonl.gz" : "a.jsonl"];
        string[] lines = [.. Enumerable.Range(0, 12_000).Select(i =>
            $$"""{"id":"2003.{{i:D5}}","title":"Paper {{i}}","abstract":"{{new string('x', 200 + (i % 50))}}","categories":"cs.CV","versions":[{"version":"v1","created":"Mon, 2 Mar 2020 10:00:00 GMT"}]}""")];
        using (Stream file = File.Create(path))
        using (Stream into = gzip ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest) : file)
        {
            into.Write(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        }

        Aici.Core.Domain.IPaperSource source = Aici.Sources.InputFiles.Arxiv([path]).Single();
        Assert.True(Aici.Sources.Inputs.ParallelPaperReader.Taps(source));
        using var digest = new InputDigest(quick: true);
        int records = new Aici.Sources.Inputs.ParallelPaperReader(workers: 2)
            .Read<string?>(source, () => paper => paper.Id, digest, TestContext.Current.CancellationToken)
            .Sum(batch => batch.Results.Count(id => id is not null));

        Assert.Equal(lines.Length, records);
        Assert.Equal(new FileInfo(path).Length, digest.Bytes);
        Assert.Equal(FileHash.Of(path).Sha256, digest.Sha256());
        Assert.Equal(FileHash.Quick(path).XxHash128, digest.XxHash128());
    }

    [Fact]
    public void A_gzipped_input_is_recorded_with_its_files_sha256_and_skipped_when_run_again()
    {
        using var temp = new TempFolder();
        using (Stream file = File.Create(temp["a.jsonl.gz"]))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write("""{"id":"2003.00001","title":"One","abstract":"A neural network for images.","categories":"cs.CV","versions":[{"version":"v1","created":"Mon, 2 Mar 2020 10:00:00 GMT"}]}"""u8);
        }

        Assert.Equal(0, CliRun.Of("run", "--arxiv", temp["a.jsonl.gz"], "--out", temp["out"]).ExitCode);
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(temp["a.jsonl.gz"])));
        Assert.Contains($"\"sha256\": \"{sha}\"", File.ReadAllText(temp["out/manifest.json"]), StringComparison.Ordinal);
        CliRun again = CliRun.Of("run", "--arxiv", temp["a.jsonl.gz"], "--out", temp["out"]);
        Assert.Contains("skip [1/1]", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_inputs_that_may_have_been_seen_are_hashed_ahead()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a.jsonl"], "{\"id\":\"1\"}\n");
        File.WriteAllText(temp["b.jsonl"], "{\"id\":\"2\"}\n");
        File.WriteAllText(temp["c.jsonl"], "{\"id\":\"33\"}\n");
        string[] inputs = [temp["a.jsonl"], temp["b.jsonl"], temp["c.jsonl"], temp["c.jsonl"]];

        // no store (or a rebuild): only inputs whose size another input has could be one already read
        Assert.Equal([temp["a.jsonl"], temp["b.jsonl"], temp["c.jsonl"], temp["c.jsonl"]], InputHashes.MaybeSeen(inputs, temp["out/aici.duckdb"], rebuild: false));
        Assert.Equal([temp["a.jsonl"], temp["b.jsonl"]], InputHashes.MaybeSeen(inputs[..3], temp["out/aici.duckdb"], rebuild: false));

        // a store to update: any input may be in it
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/aici.duckdb"], "");
        Assert.Equal(inputs[..3], InputHashes.MaybeSeen(inputs[..3], temp["out/aici.duckdb"], rebuild: false));
        Assert.Equal([temp["a.jsonl"], temp["b.jsonl"]], InputHashes.MaybeSeen(inputs[..3], temp["out/aici.duckdb"], rebuild: true));
    }
}
