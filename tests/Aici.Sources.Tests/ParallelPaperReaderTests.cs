using System.Globalization;
using System.Text;
using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Papers;

namespace Aici.Sources.Tests;

public sealed class ParallelPaperReaderTests
{
    private static string Kaggle(int n) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"id":"2101.{{n:00000}}","title":"Paper {{n}}","abstract":"About {{n}}.","categories":"cs.CV","versions":[{"version":"v1","created":"Mon, 4 Jan 2021 10:00:00 GMT"}],"update_date":"2021-01-05"}""");

    /// <summary>Several thousand records with bad lines and blank lines scattered among them.</summary>
    private static string Corpus(int records)
    {
        var text = new StringBuilder();
        for (int i = 1; i <= records; i++)
        {
            text.Append(i % 997 == 0 ? "{not json" : i % 1499 == 0 ? "   " : i % 2003 == 0 ? """{"id":"x","abstract":"no title"}""" : Kaggle(i)).Append('\n');
        }

        return text.ToString();
    }

    private static List<string> Sequential(IPaperSource source) =>
        [.. source.Read(TestContext.Current.CancellationToken).Select(Describe)];

    private static List<string> Parallel(IPaperSource source, int workers)
    {
        var seen = new List<string>();
        foreach (PaperBatch<string?> batch in new ParallelPaperReader(workers).Read<string?>(source, () => paper => "worked " + paper.Id, TestContext.Current.CancellationToken))
        {
            Assert.Equal(batch.Items.Count, batch.Results.Count);
            for (int i = 0; i < batch.Items.Count; i++)
            {
                Assert.Equal(batch.Items[i].Paper is { } p ? "worked " + p.Id : null, batch.Results[i]);
                seen.Add(Describe(batch.Items[i]));
            }
        }

        return seen;
    }

    private static string Describe(ReadItem item) =>
        $"{item.Paper?.Key} {item.Paper?.Location.Line} {item.Diagnostic?.Line} {item.Diagnostic?.Field} {item.Diagnostic?.Reason}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_items_are_those_of_the_sources_own_reader_in_the_same_order(int workers)
    {
        using var temp = new TempDirectory();
        var source = new KaggleSnapshotReader(temp.Write("a.jsonl", Corpus(6000)));
        List<string> expected = Sequential(source);
        Assert.Contains(expected, e => e.Contains("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.Contains("title", StringComparison.Ordinal));
        Assert.Equal(expected, Parallel(source, workers));
    }

    [Fact]
    public void A_truncated_gzip_ends_with_the_same_file_error_after_the_records_before_it()
    {
        using var temp = new TempDirectory();
        byte[] gz = TempDirectory.Gzip(Corpus(3000));
        var source = new KaggleSnapshotReader(temp.WriteBytes("cut.jsonl.gz", gz[..(gz.Length * 2 / 3)]));
        List<string> expected = Sequential(source);
        Assert.Contains("file", expected[^1], StringComparison.Ordinal);
        Assert.Equal(expected, Parallel(source, 2));
    }

    [Fact]
    public void Formats_that_are_not_json_lines_are_read_by_their_reader_and_still_processed()
    {
        string feed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "atom_2026_layout.xml");
        var source = new AtomFeedReader(feed);
        List<string> expected = Sequential(source);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Parallel(source, 2));
        var papers = new PapersJsonLinesReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "papers_sample.jsonl"));
        Assert.Equal(Sequential(papers), Parallel(papers, 3));
    }

    [Fact]
    public void A_failing_worker_fails_the_read_with_its_exception()
    {
        using var temp = new TempDirectory();
        var source = new KaggleSnapshotReader(temp.Write("a.jsonl", Corpus(5000)));
        var reader = new ParallelPaperReader(2);
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (PaperBatch<int> _ in reader.Read<int>(source, () => paper => paper.Id.EndsWith("04321", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : 1, TestContext.Current.CancellationToken))
            {
            }
        });
        Assert.Equal("boom", e.Message);
    }
}
