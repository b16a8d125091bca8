using System.Text.Json;

using Aici.Sources.Inputs;

namespace Aici.Sources.OpenAlex;

/// <summary>Tells the two layouts of an OpenAlex file apart by its first non-blank line.</summary>
internal static class OpenAlexLayouts
{
    /// <summary>
    /// <see cref="OpenAlexLayout.JsonLines"/> when the first non-blank line holds a whole JSON value (a snapshot line,
    /// or a compact page or work on one line, which reads the same either way) or is broken (reported by the line
    /// reader, which goes on with the next line); <see cref="OpenAlexLayout.Document"/> when the value goes on past
    /// the line (pretty-printed JSON). An empty or unreadable file is JSON lines: that reader reports what went wrong.
    /// </summary>
    /// <exception cref="InputException">The file cannot be opened.</exception>
    public static OpenAlexLayout Detect(string path)
    {
        using var lines = new LineSplitter(InputStreams.Open(path));
        while (lines.MoveNext())
        {
            ReadOnlySpan<byte> line = lines.Current;
            if (line.IndexOfAnyExcept(" \t\r\f\v"u8) >= 0)
            {
                return Classify(line);
            }
        }

        return OpenAlexLayout.JsonLines;
    }

    private static OpenAlexLayout Classify(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            return reader.Read() && reader.TrySkip() ? OpenAlexLayout.JsonLines : OpenAlexLayout.Document;
        }
        catch (JsonException)
        {
            return OpenAlexLayout.JsonLines;
        }
    }
}
