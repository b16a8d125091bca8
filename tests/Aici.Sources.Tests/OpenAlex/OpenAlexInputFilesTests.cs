using Aici.Core.Domain;
using Aici.Sources.Inputs;
using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>The <c>--openalex</c> option: path expansion and the reader it builds.</summary>
public sealed class OpenAlexInputFilesTests
{
    [Fact]
    public void A_folder_gives_its_json_and_json_lines_files_in_ordinal_order()
    {
        using var dir = new TempDirectory();
        dir.Write("page_b.json", OpenAlexSamples.ThreeWorkPage);
        dir.Write("page_A.json", OpenAlexSamples.ThreeWorkPage);
        dir.Write("works.jsonl", OpenAlexSamples.Minimal("W1", "One"));
        dir.WriteGzip("sub/part.jsonl.gz", OpenAlexSamples.Minimal("W2", "Two"));
        dir.WriteGzip("sub/page.json.gz", OpenAlexSamples.ThreeWorkPage);
        dir.Write("LICENSE-openalex.txt", "licence");
        dir.Write("notes.md", "notes");

        IReadOnlyList<IPaperSource> sources = InputFiles.OpenAlex([dir.Path]);

        Assert.Equal(
            ["page_A.json", "page_b.json", "sub/page.json.gz", "sub/part.jsonl.gz", "works.jsonl"],
            sources.Select(s => Path.GetRelativePath(dir.Path, s.Path).Replace('\\', '/')));
        Assert.All(sources, s => Assert.Equal("openalex", Assert.IsType<OpenAlexWorksReader>(s).Format));
    }

    [Fact]
    public void A_named_file_is_recognised_by_its_name_or_its_first_character()
    {
        using var dir = new TempDirectory();
        string json = dir.Write("W1.json", OpenAlexSamples.Minimal("W1", "One"));
        string other = dir.Write("export.txt", "\n  " + OpenAlexSamples.Minimal("W2", "Two"));

        IReadOnlyList<SourceFile> files = InputFiles.Expand([json, other], InputOption.OpenAlex);

        Assert.Equal(["openalex", "openalex"], files.Select(f => f.Format));
    }

    [Fact]
    public void Missing_paths_empty_folders_and_unknown_files_are_input_errors()
    {
        using var dir = new TempDirectory();
        dir.Write("empty/LICENSE.txt", "licence");
        string csv = dir.Write("table.csv", "a,b\n");

        InputException missing = Assert.Throws<InputException>(() => InputFiles.OpenAlex(["/nonexistent/aici/openalex"]));
        InputException empty = Assert.Throws<InputException>(() => InputFiles.OpenAlex([Path.Combine(dir.Path, "empty")]));
        InputException unknown = Assert.Throws<InputException>(() => InputFiles.OpenAlex([csv]));

        Assert.Equal("/nonexistent/aici/openalex: no such file or directory", missing.Message);
        Assert.Contains("no input files in directory (looked for *.json, *.jsonl, *.json.gz, *.jsonl.gz)", empty.Message, StringComparison.Ordinal);
        Assert.StartsWith(csv + ": not a --openalex input", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_builds_the_openalex_reader()
    {
        IPaperSource source = SourceFactory.Create(new SourceFile("x.json", OpenAlexWorksReader.FormatName));

        Assert.IsType<OpenAlexWorksReader>(source);
    }
}
