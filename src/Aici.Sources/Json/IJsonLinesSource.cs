namespace Aici.Sources.Json;

/// <summary>
/// A source whose file is JSON lines, one record per line, so that its lines can be parsed apart, on several threads
/// (<see cref="Inputs.ParallelPaperReader"/>), with the same results as its own <see cref="Core.Domain.IPaperSource.Read"/>.
/// </summary>
internal interface IJsonLinesSource
{
    /// <summary>A new parser for one thread, or null when this file is not JSON lines (an OpenAlex API page, say).</summary>
    IJsonLineParser? CreateLineParser();
}
