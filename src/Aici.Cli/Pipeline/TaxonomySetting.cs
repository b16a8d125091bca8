using Aici.Core.Run;

namespace Aici.Cli.Pipeline;

/// <summary>The taxonomy files a store was built with, kept in its settings so that a merge can name them.</summary>
internal static class TaxonomySetting
{
    public static string Write(IEnumerable<TaxonomyFile> files) =>
        string.Join('\n', files.Select(f => string.Join('\t', f.Name, f.Version, f.Path, f.Sha256)));

    public static List<TaxonomyFile> Read(string? setting) =>
        [.. (setting ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 4)
            .Select(parts => new TaxonomyFile(parts[0], parts[1], parts[2], parts[3]))];
}
