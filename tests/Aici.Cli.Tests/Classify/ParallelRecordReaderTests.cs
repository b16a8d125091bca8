using System.Buffers;
using System.Text;

using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.Parallel;

namespace Aici.Cli.Tests.Classify;

public sealed class ParallelRecordReaderTests
{
    private sealed class EchoWorker : IRecordWorker
    {
        public void Process(TextRecord record, IBufferWriter<byte> output)
        {
            string line = $"{record.Id}|{new string(record.Title)}|{(record.HasAbstract ? new string(record.Abstract) : "-")}|{string.Join(' ', Enumerable.Range(0, record.CategoryCount).Select(i => new string(record.Category(i))))}|{Path.GetFileName(record.File)}:{record.Line}\n";
            output.Write(Encoding.UTF8.GetBytes(line));
        }
    }

    private static (string[] Lines, List<Diagnostic> Diagnostics, ReadCounts Counts) Read(IReadOnlyList<SourceFile> files, int workers = 2, int batchBytes = 1024)
    {
        using var output = new MemoryStream();
        var diagnostics = new List<Diagnostic>();
        ReadCounts counts = new ParallelRecordReader(workers, batchBytes).Run(files, () => new EchoWorker(), output, diagnostics.Add, TestContext.Current.CancellationToken);
        return (Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries), diagnostics, counts);
    }

    [Fact]
    public void Many_small_batches_come_out_in_input_order_with_their_line_numbers()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["p.jsonl"], Enumerable.Range(1, 5000).Select(i => $"{{\"id\": \"r{i}\", \"title\": \"Title {i}\", \"abstract\": \"Text {i}\"}}"));
        (string[] lines, List<Diagnostic> diagnostics, ReadCounts counts) = Read([new SourceFile(temp["p.jsonl"], "papers")], workers: 3);
        Assert.Equal(5000, counts.Records);
        Assert.Empty(diagnostics);
        Assert.Equal(Enumerable.Range(1, 5000).Select(i => $"r{i}|Title {i}|Text {i}||p.jsonl:{i}"), lines);
    }

    [Fact]
    public void Blank_lines_crlf_a_byte_order_mark_and_a_missing_last_newline_are_handled()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a.jsonl"], "\uFEFF{\"id\": \"a\", \"title\": \"A\"}\r\n\r\n   \n{\"id\": 7, \"title\": \"B\", \"abstract\": \"  \", \"categories\": [\"cs.CV\", \"cs.CV\", null]}", new UTF8Encoding(false));
        (string[] lines, List<Diagnostic> diagnostics, _) = Read([new SourceFile(temp["a.jsonl"], "papers")]);
        Assert.Equal(["a|A|-||a.jsonl:1", "7|B|-|cs.CV|a.jsonl:4"], lines);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Kaggle_lines_give_arxiv_ids_without_version_and_split_categories()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["k.jsonl"], "{\"id\": \"2101.00001v3\", \"title\": \"T\\u00e9\", \"abstract\": \"A \\\"q\\\"\", \"categories\": \"cs.LG  stat.ML\", \"authors_parsed\": [[\"x\"]]}\n{\"id\": 5, \"title\": \"no\"}\n");
        (string[] lines, List<Diagnostic> diagnostics, ReadCounts counts) = Read([new SourceFile(temp["k.jsonl"], "arxiv-kaggle")]);
        Assert.Equal(["2101.00001|Té|A \"q\"|cs.LG stat.ML|k.jsonl:1"], lines);
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal(("id", 2L, DiagnosticSeverity.Error), (d.Field, d.Line, d.Severity));
        Assert.Equal(1, counts.Rejected);
    }

    [Fact]
    public void A_truncated_gzip_file_is_a_diagnostic_after_the_lines_before_it()
    {
        using var temp = new TempFolder();
        string text = string.Concat(Enumerable.Range(1, 2000).Select(i => $"{{\"id\": \"r{i}\", \"title\": \"Title number {i} with some words\"}}\n"));
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(temp["t.jsonl.gz"]), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        byte[] bytes = File.ReadAllBytes(temp["t.jsonl.gz"]);
        File.WriteAllBytes(temp["t.jsonl.gz"], bytes[..(bytes.Length / 2)]);
        (string[] lines, List<Diagnostic> diagnostics, _) = Read([new SourceFile(temp["t.jsonl.gz"], "papers")]);
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal(("file", DiagnosticSeverity.Error), (d.Field, d.Severity));
        Assert.Equal(lines.Length + 1, d.Line);
        Assert.True(lines.Length > 10);
    }

    [Fact]
    public void Files_read_by_regular_readers_are_classified_too()
    {
        string atom = Aici.Tests.SharedData.Require("arxiv/arxiv_api_atom_id_1707.08567.xml");
        (string[] lines, _, ReadCounts counts) = Read([new SourceFile(atom, Aici.Sources.Arxiv.AtomFeedReader.FormatName)]);
        Assert.Equal(1, counts.Records);
        Assert.StartsWith("1707.08567|", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_worker_fails_the_run()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(temp["p.jsonl"], Enumerable.Range(1, 100).Select(i => $"{{\"id\": \"r{i}\", \"title\": \"T\"}}"));
        using var output = new MemoryStream();
        Assert.Throws<InvalidOperationException>(() => new ParallelRecordReader(2, 1024).Run(
            [new SourceFile(temp["p.jsonl"], "papers")], () => new Failing(), output, _ => { }, TestContext.Current.CancellationToken));
    }

    private sealed class Failing : IRecordWorker
    {
        public void Process(TextRecord record, IBufferWriter<byte> output) => throw new InvalidOperationException("boom");
    }
}
