namespace Aici.Report.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aici-report-tests-");

    [Fact]
    public void Write_replaces_the_target_and_leaves_no_temporary_file()
    {
        string target = Path.Combine(_folder.FullName, "index.html");
        File.WriteAllText(target, "the last good report");

        HtmlReport.Write(SampleReports.Realistic(), target);

        Assert.Equal(HtmlReport.Render(SampleReports.Realistic()), File.ReadAllText(target));
        Assert.Equal(["index.html"], _folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Write_creates_the_folder_and_writes_utf8_without_bom()
    {
        string target = Path.Combine(_folder.FullName, "report", "index.html");

        HtmlReport.Write(SampleReports.Realistic(), target);

        byte[] bytes = File.ReadAllBytes(target);
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void A_failed_write_leaves_no_temporary_file()
    {
        string target = Path.Combine(_folder.FullName, "taken");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<Exception>(() => HtmlReport.Write(SampleReports.Realistic(), target));

        Assert.Empty(_folder.GetFiles());
        Assert.True(Directory.Exists(target));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
