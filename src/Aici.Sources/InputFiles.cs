using Aici.Core.Domain;
using Aici.Sources.Inputs;

namespace Aici.Sources;

/// <summary>
/// Expands the PATH arguments of <c>--arxiv</c>, <c>--papers</c> and <c>--openalex</c> into input files. A file is
/// taken as given; a directory gives every file under it (subfolders included) whose name matches the option's
/// formats, in ordinal path order. Other files (licences, notes) are ignored. A file reached twice is read once.
/// </summary>
public static class InputFiles
{
    /// <summary>The sources of the <c>--arxiv</c> PATH arguments (Kaggle snapshot JSON lines and Atom feeds).</summary>
    /// <inheritdoc cref="Expand" path="/exception"/>
    public static IReadOnlyList<IPaperSource> Arxiv(IEnumerable<string> paths) => SourceFactory.Create(Expand(paths, InputOption.Arxiv));

    /// <summary>The sources of the <c>--papers</c> PATH arguments (papers interchange JSON lines).</summary>
    /// <inheritdoc cref="Expand" path="/exception"/>
    public static IReadOnlyList<IPaperSource> Papers(IEnumerable<string> paths) => SourceFactory.Create(Expand(paths, InputOption.Papers));

    /// <summary>The sources of the <c>--openalex</c> PATH arguments (OpenAlex API pages and snapshot JSON lines).</summary>
    /// <inheritdoc cref="Expand" path="/exception"/>
    public static IReadOnlyList<IPaperSource> OpenAlex(IEnumerable<string> paths) => SourceFactory.Create(Expand(paths, InputOption.OpenAlex));

    /// <summary>The files of <paramref name="paths"/> and the format each is read as.</summary>
    /// <exception cref="InputException">
    /// A path does not exist or cannot be read, a directory holds no matching file, or a file named explicitly is not
    /// in one of the option's formats.
    /// </exception>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths, InputOption option)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw InputException.For($"'{path}'", "empty path");
            }

            if (Directory.Exists(path))
            {
                List<SourceFile> found = FromDirectory(path, option);
                if (found.Count == 0)
                {
                    throw InputException.For(path, $"no input files in directory (looked for {InputFormats.Describe(option)})");
                }

                AddNew(files, seen, found);
            }
            else if (File.Exists(path))
            {
                CheckReadable(path);
                string format = InputFormats.ByName(path, option) ?? InputFormats.ByContent(path, option);
                AddNew(files, seen, [new SourceFile(path, format)]);
            }
            else
            {
                throw InputException.For(path, "no such file or directory");
            }
        }

        return files;
    }

    private static List<SourceFile> FromDirectory(string directory, InputOption option)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            MatchType = MatchType.Simple,
            ReturnSpecialDirectories = false,
        };

        List<string> paths;
        try
        {
            paths = [.. Directory.EnumerateFiles(directory, "*", options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(directory, "cannot list directory: " + e.Message, e);
        }

        paths.Sort(StringComparer.Ordinal);
        var files = new List<SourceFile>();
        foreach (string path in paths)
        {
            if (InputFormats.ByName(path, option) is { } format)
            {
                CheckReadable(path);
                files.Add(new SourceFile(path, format));
            }
        }

        return files;
    }

    private static void AddNew(List<SourceFile> files, HashSet<string> seen, List<SourceFile> found)
    {
        foreach (SourceFile file in found)
        {
            if (seen.Add(Path.GetFullPath(file.Path)))
            {
                files.Add(file);
            }
        }
    }

    private static void CheckReadable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(path, "cannot read: " + e.Message, e);
        }
    }
}
