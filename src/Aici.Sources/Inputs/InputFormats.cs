using Aici.Sources.Arxiv;
using Aici.Sources.OpenAlex;
using Aici.Sources.Papers;

namespace Aici.Sources.Inputs;

/// <summary>Which format a file is read as, from its name or, failing that, from its first character.</summary>
internal static class InputFormats
{
    private static readonly string[] KaggleSuffixes = [".json", ".jsonl", ".json.gz", ".jsonl.gz"];
    private static readonly string[] AtomSuffixes = [".xml", ".atom", ".xml.gz", ".atom.gz"];
    private static readonly string[] PapersSuffixes = [".jsonl", ".jsonl.gz", ".json", ".json.gz"];
    private static readonly string[] OpenAlexSuffixes = [".json", ".jsonl", ".json.gz", ".jsonl.gz"];

    /// <summary>The file name patterns of an option, for messages.</summary>
    public static string Describe(InputOption option) => option switch
    {
        InputOption.Arxiv => string.Join(", ", KaggleSuffixes.Concat(AtomSuffixes).Select(s => "*" + s)),
        InputOption.OpenAlex => string.Join(", ", OpenAlexSuffixes.Select(s => "*" + s)),
        _ => string.Join(", ", PapersSuffixes.Select(s => "*" + s)),
    };

    /// <summary>The format a file of this name is read as under <paramref name="option"/>, or null.</summary>
    public static string? ByName(string path, InputOption option)
    {
        string name = Path.GetFileName(path);
        if (option == InputOption.Papers)
        {
            return EndsWithAny(name, PapersSuffixes) ? PapersJsonLinesReader.FormatName : null;
        }

        if (option == InputOption.OpenAlex)
        {
            return EndsWithAny(name, OpenAlexSuffixes) ? OpenAlexWorksReader.FormatName : null;
        }

        return EndsWithAny(name, KaggleSuffixes) ? KaggleSnapshotReader.FormatName
            : EndsWithAny(name, AtomSuffixes) ? AtomFeedReader.FormatName
            : null;
    }

    /// <summary>
    /// The format of a file named explicitly whose name says nothing: '{' first → JSON lines, '&lt;' → Atom (arXiv only).
    /// </summary>
    /// <exception cref="InputException">The file cannot be read or does not look like the option's formats.</exception>
    public static string ByContent(string path, InputOption option)
    {
        int first = FirstCharacter(path);
        return (option, first) switch
        {
            (InputOption.Arxiv, '{') => KaggleSnapshotReader.FormatName,
            (InputOption.Arxiv, '<') => AtomFeedReader.FormatName,
            (InputOption.Papers, '{') => PapersJsonLinesReader.FormatName,
            (InputOption.OpenAlex, '{') => OpenAlexWorksReader.FormatName,
            (_, -1) => throw InputException.For(path, $"empty file whose name matches none of {Describe(option)}"),
            _ => throw InputException.For(path, $"not a {Name(option)} input: the name matches none of {Describe(option)} and the content is neither JSON lines nor XML"),
        };
    }

    private static string Name(InputOption option) => option switch
    {
        InputOption.Arxiv => "--arxiv",
        InputOption.OpenAlex => "--openalex",
        _ => "--papers",
    };

    private static bool EndsWithAny(string name, string[] suffixes) =>
        suffixes.Any(suffix => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first non-blank character (after a byte order mark), or -1 for an empty file.</summary>
    private static int FirstCharacter(string path)
    {
        try
        {
            using Stream stream = InputStreams.Open(path);
            Span<byte> head = stackalloc byte[4096];
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            ReadOnlySpan<byte> text = head[..n];
            if (text.StartsWith("\uFEFF"u8))
            {
                text = text[3..];
            }

            int at = text.IndexOfAnyExcept(" \t\r\n"u8);
            return at < 0 ? -1 : text[at];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw InputException.For(path, "cannot read: " + e.Message, e);
        }
    }
}
