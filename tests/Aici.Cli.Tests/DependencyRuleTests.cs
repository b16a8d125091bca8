using System.Reflection;
using System.Xml.Linq;
using Aici.Tests;

namespace Aici.Cli.Tests;

/// <summary>
/// The dependency rule of ARCHITECTURE.md: the core depends on nothing; sources, store and report depend on the
/// core only (and on their own format or database packages); only the CLI, the composition root, sees them all.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly Dictionary<string, string[]> AllowedProjects = new()
    {
        ["Aici.Core"] = [],
        ["Aici.Sources"] = ["Aici.Core"],
        ["Aici.Store"] = ["Aici.Core"],
        ["Aici.Report"] = ["Aici.Core"],
        ["Aici.Cli"] = ["Aici.Core", "Aici.Sources", "Aici.Store", "Aici.Report"],
    };

    public static TheoryData<string> Projects => [.. AllowedProjects.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_project_references_only_the_projects_the_rule_allows(string project)
    {
        XDocument csproj = XDocument.Load(Path.Combine(SharedData.RepoRoot, "src", project, project + ".csproj"));
        string[] referenced = [.. csproj.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
        Assert.Equal(AllowedProjects[project].Order(StringComparer.Ordinal), referenced);
    }

    [Fact]
    public void The_core_references_no_package()
    {
        XDocument csproj = XDocument.Load(Path.Combine(SharedData.RepoRoot, "src", "Aici.Core", "Aici.Core.csproj"));
        Assert.Empty(csproj.Descendants("PackageReference"));
        Assert.Empty(csproj.Descendants("Reference"));
    }

    [Fact]
    public void The_core_assembly_loads_nothing_but_the_runtime()
    {
        Assembly core = typeof(Core.Domain.Paper).Assembly;
        string[] outside = [.. core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")];
        Assert.Empty(outside);
    }

    [Fact]
    public void The_core_uses_no_file_database_or_console_api()
    {
        string[] forbidden = ["System.IO.File", "System.IO.Directory", "System.Console", "System.Text.Json", "System.Xml", "System.Data", "FileStream", "DuckDB"];
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "src", "Aici.Core"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            offenders.AddRange(forbidden.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"{Path.GetFileName(file)}: {f}"));
        }

        Assert.Empty(offenders);
    }
}
