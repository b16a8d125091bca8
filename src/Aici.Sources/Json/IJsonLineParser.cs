using Aici.Core.Domain;

namespace Aici.Sources.Json;

/// <summary>Turns one non-blank line of a JSON-lines input into read items (a paper, warnings, or an error).</summary>
internal interface IJsonLineParser
{
    /// <summary>
    /// Parses <paramref name="line"/> and adds its items to <paramref name="output"/>. May throw
    /// <see cref="System.Text.Json.JsonException"/> for invalid JSON: the caller turns that into an error diagnostic.
    /// </summary>
    void Parse(ReadOnlySpan<byte> line, long lineNumber, List<ReadItem> output);
}
