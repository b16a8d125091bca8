using System.Diagnostics;

namespace Aici.Bench;

/// <summary>
/// The CLI as the README tells users to run it on large corpora: <c>dotnet publish src/Aici.Cli -c Release -o
/// out/aici</c> (self-contained, compiled ahead of time with the runtime into one composite ReadyToRun image). The
/// benchmarks publish it and time <c>out/aici/aici</c>.
/// </summary>
internal static class PublishedCli
{
    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "out", "aici");

    /// <summary>The published CLI's native launcher.</summary>
    public static string Launcher(string repoRoot) => Path.Combine(Folder(repoRoot), OperatingSystem.IsWindows() ? "aici.exe" : "aici");

    /// <summary>Publishes the CLI; false (with a message that ends with <paramref name="otherwise"/>) when it fails.</summary>
    public static bool Publish(string repoRoot, string otherwise)
    {
        string project = Path.Combine(repoRoot, "src", "Aici.Cli");
        Console.WriteLine($"publishing the CLI: dotnet publish {project} -c Release -o {Folder(repoRoot)}");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true };
        foreach (string a in new[] { "publish", project, "-c", "Release", "-o", Folder(repoRoot), "-nologo", "-v", "q" })
        {
            info.ArgumentList.Add(a);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"the CLI did not publish (exit {process.ExitCode}); {otherwise}");
            return false;
        }

        return true;
    }
}
