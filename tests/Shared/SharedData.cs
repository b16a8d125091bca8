namespace Aici.Tests;

/// <summary>
/// The real data in <c>../shared/data</c> beside the repository. Tests that need it call <see cref="Require"/>,
/// which skips the test with a clear message when the folder is absent (CI always has it).
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    /// <summary>The repository's root folder (the one holding Aici.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The path of <paramref name="relative"/> under shared/data; skips the test when it is absent.</summary>
    public static string Require(string relative)
    {
        if (Root is null)
        {
            Assert.Skip("../shared/data is absent: this test reads real data beside the repository (CI has it).");
        }

        string path = Path.Combine(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is absent: this test reads real data beside the repository.");
        }

        return path;
    }

    private static string? Find()
    {
        string candidate = Path.GetFullPath(Path.Combine(FindRepoRoot(), "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aici.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find Aici.slnx above " + AppContext.BaseDirectory);
    }
}
