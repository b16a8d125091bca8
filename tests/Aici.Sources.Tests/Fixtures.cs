namespace Aici.Sources.Tests;

/// <summary>The small invented input files under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
