using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Inputs;

namespace Aici.Sources.Json;

/// <summary>
/// The reading loop shared by the JSON-lines readers: streams the file (gzip or not) line by line, skips blank lines,
/// hands each line to a parser, and turns invalid JSON and a truncated stream into error diagnostics.
/// </summary>
internal static class JsonLines
{
    /// <summary>The field named by the diagnostic for a line that is not valid JSON.</summary>
    public const string JsonField = "json";

    /// <summary>The field named by the diagnostic for a problem with the file itself (truncated, unreadable).</summary>
    public const string FileField = "file";

    public static IEnumerable<ReadItem> Read(string path, IJsonLineParser parser, CancellationToken cancellationToken)
    {
        var items = new List<ReadItem>(4);
        using var lines = new LineSplitter(InputStreams.Open(path));
        while (lines.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParseCurrent(path, lines, parser, items);
            foreach (ReadItem item in items)
            {
                yield return item;
            }

            items.Clear();
        }

        if (lines.Failure is { } reason)
        {
            yield return ReadItem.Of(Diagnostic.Rejected(path, lines.FailureLine, FileField, reason));
        }
    }

    private static void ParseCurrent(string path, LineSplitter lines, IJsonLineParser parser, List<ReadItem> items) =>
        ParseLine(path, lines.Current, lines.LineNumber, parser, items);

    /// <summary>
    /// Adds the items of one line to <paramref name="items"/>: nothing for a blank line, an error diagnostic for invalid
    /// JSON (what the parser had added for that line is dropped).
    /// </summary>
    public static void ParseLine(string path, ReadOnlySpan<byte> line, long lineNumber, IJsonLineParser parser, List<ReadItem> items)
    {
        if (IsBlank(line))
        {
            return;
        }

        int start = items.Count;
        try
        {
            parser.Parse(line, lineNumber, items);
        }
        catch (JsonException e)
        {
            items.RemoveRange(start, items.Count - start);
            items.Add(ReadItem.Of(Diagnostic.Rejected(path, lineNumber, JsonField, "invalid JSON: " + JsonValues.Describe(e))));
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString on invalid UTF-8 or a lone surrogate escape.
            items.RemoveRange(start, items.Count - start);
            items.Add(ReadItem.Of(Diagnostic.Rejected(path, lineNumber, JsonField, "invalid JSON: " + e.Message)));
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
