using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Papers;

namespace Aici.Sources.Tests;

public sealed class InputFilesTests
{
    private const string KaggleLine = "{\"id\":\"2101.00001\",\"title\":\"T\"}\n";

    [Fact]
    public void A_directory_gives_its_matching_files_in_ordinal_order_with_subfolders()
    {
        using var dir = new TempDirectory();
        dir.Write("b.jsonl", KaggleLine);
        dir.Write("a.json", KaggleLine);
        dir.Write("Z.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        dir.WriteGzip("sub/c.jsonl.gz", KaggleLine);
        dir.WriteGzip("sub/d.xml.gz", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        dir.Write("LICENSE-data.txt", "licence");
        dir.Write("README.md", "notes");
        dir.Write("sub/notes.csv", "a,b");

        IReadOnlyList<SourceFile> files = InputFiles.Expand([dir.Path], InputOption.Arxiv);

        Assert.Equal(
            [
                ("Z.xml", "arxiv-atom"),
                ("a.json", "arxiv-kaggle"),
                ("b.jsonl", "arxiv-kaggle"),
                ("sub/c.jsonl.gz", "arxiv-kaggle"),
                ("sub/d.xml.gz", "arxiv-atom"),
            ],
            files.Select(f => (Path.GetRelativePath(dir.Path, f.Path), f.Format)));
    }

    [Fact]
    public void Papers_directories_take_json_lines_only()
    {
        using var dir = new TempDirectory();
        dir.Write("one.jsonl", KaggleLine);
        dir.Write("two.json", KaggleLine);
        dir.WriteGzip("three.jsonl.gz", KaggleLine);
        dir.Write("feed.xml", "<feed/>");

        IReadOnlyList<IPaperSource> sources = InputFiles.Papers([dir.Path]);

        Assert.Equal(["one.jsonl", "three.jsonl.gz", "two.json"], sources.Select(s => Path.GetFileName(s.Path)));
        Assert.All(sources, s => Assert.IsType<PapersJsonLinesReader>(s));
    }

    [Fact]
    public void The_factory_builds_the_reader_of_each_format()
    {
        using var dir = new TempDirectory();
        string kaggle = dir.Write("k.jsonl", KaggleLine);
        string atom = dir.Write("f.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");

        IReadOnlyList<IPaperSource> sources = InputFiles.Arxiv([kaggle, atom]);

        Assert.IsType<KaggleSnapshotReader>(sources[0]);
        Assert.IsType<AtomFeedReader>(sources[1]);
        Assert.Equal(kaggle, sources[0].Path);
    }

    [Fact]
    public void The_same_file_given_twice_is_read_once()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("a.jsonl", KaggleLine);
        dir.Write("b.jsonl", KaggleLine);

        IReadOnlyList<SourceFile> files = InputFiles.Expand([file, dir.Path, Path.Combine(dir.Path, ".", "a.jsonl")], InputOption.Arxiv);

        Assert.Equal(["a.jsonl", "b.jsonl"], files.Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public void A_file_named_explicitly_is_recognised_by_its_content()
    {
        using var dir = new TempDirectory();
        string json = dir.Write("records.txt", "  " + KaggleLine);
        string xml = dir.WriteGzip("feed.gz", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>");

        IReadOnlyList<SourceFile> files = InputFiles.Expand([json, xml], InputOption.Arxiv);

        Assert.Equal(["arxiv-kaggle", "arxiv-atom"], files.Select(f => f.Format));
    }

    [Fact]
    public void A_missing_path_is_an_input_exception_naming_it()
    {
        InputException e = Assert.Throws<InputException>(() => InputFiles.Expand(["/nonexistent/aici/input"], InputOption.Arxiv));

        Assert.Equal("/nonexistent/aici/input: no such file or directory", e.Message);
        Assert.Equal("/nonexistent/aici/input", e.InputPath);
    }

    [Fact]
    public void A_directory_without_matching_files_is_an_input_exception()
    {
        using var dir = new TempDirectory();
        dir.Write("LICENSE.txt", "licence");

        InputException e = Assert.Throws<InputException>(() => InputFiles.Expand([dir.Path], InputOption.Papers));

        Assert.StartsWith(dir.Path + ": no input files in directory", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_named_file_in_no_known_format_is_an_input_exception()
    {
        using var dir = new TempDirectory();
        string csv = dir.Write("table.csv", "a,b\n1,2\n");

        InputException e = Assert.Throws<InputException>(() => InputFiles.Expand([csv], InputOption.Arxiv));

        Assert.StartsWith(csv + ": not a --arxiv input", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_an_input_exception()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("file permissions do not stop this user from reading");
            return;
        }

        using var dir = new TempDirectory();
        string path = dir.Write("locked.jsonl", KaggleLine);
        File.SetUnixFileMode(path, UnixFileMode.None);

        InputException e = Assert.Throws<InputException>(() => InputFiles.Expand([path], InputOption.Arxiv));

        Assert.StartsWith(path + ": cannot read", e.Message, StringComparison.Ordinal);
    }
}
