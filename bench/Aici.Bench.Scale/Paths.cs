namespace Aici.Bench.Scale;

/// <summary>Where the repository, the shared tools, the taxonomy and the built <c>aici</c> are.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Taxonomy => Path.Combine(RepoRoot, "taxonomy");

    public static string MakeCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "make-corpus"));

    /// <summary>The CLI as published for large runs (<see cref="PublishedCli"/>): what the scale bench times.</summary>
    public static string PublishedAici => PublishedCli.Launcher(RepoRoot);

    /// <summary>
    /// How to start this benchmark again as a child (for the SQL baseline): its native launcher, or
    /// <c>dotnet Aici.Bench.Scale.dll</c> when it was started through the <c>dotnet</c> host.
    /// </summary>
    public static (string FileName, IReadOnlyList<string> Prefix) Self()
    {
        string process = Environment.ProcessPath ?? "dotnet";
        string dll = Path.Combine(AppContext.BaseDirectory, "Aici.Bench.Scale.dll");
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? (process, [dll])
            : (process, []);
    }

    /// <summary>
    /// The code measured: <c>git describe --always --dirty</c> of the repository and how many files under src/ differ
    /// from that commit (read-only git commands; "unknown" without git).
    /// </summary>
    public static string CodeVersion()
    {
        string describe = Git("describe --always --dirty");
        string changed = Git("status --porcelain -- src");
        int files = changed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        return describe.Length == 0 ? "unknown" : $"{describe.Trim()} ({files} files under src/ changed or new since that commit)";
    }

    private static string Git(string arguments)
    {
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo("git", "-C \"" + RepoRoot + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            using var process = System.Diagnostics.Process.Start(info);
            if (process is null)
            {
                return "";
            }

            process.StandardInput.Close();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
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
