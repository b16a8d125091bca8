namespace Aici.Cli.Pipeline;

/// <summary>The files a run writes under its output folder.</summary>
internal sealed class OutputPaths
{
    public OutputPaths(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Store => Path.Combine(Root, "aici.duckdb");

    public string Manifest => Path.Combine(Root, "manifest.json");

    public string Tables => Path.Combine(Root, "tables");

    public string Charts => Path.Combine(Root, "charts");

    public string ReportFolder => Path.Combine(Root, "report");

    public string Report => Path.Combine(ReportFolder, "index.html");

    public string Table(string name, string extension) => Path.Combine(Tables, name + "." + extension);

    public void Create()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Tables);
        Directory.CreateDirectory(Charts);
        Directory.CreateDirectory(ReportFolder);
    }

    /// <summary>Writes text to a temporary name beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".partial";
        File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
