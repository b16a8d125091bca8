namespace Aici.Bench.Classify;

/// <summary>Where the repository, the shared tools and the built <c>aici</c> are.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Taxonomy => Path.Combine(RepoRoot, "taxonomy");

    public static string MakeCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "make-corpus"));

    /// <summary>The CLI as published for large runs (<see cref="PublishedCli"/>): what the classify bench times.</summary>
    public static string PublishedAici => PublishedCli.Launcher(RepoRoot);

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
