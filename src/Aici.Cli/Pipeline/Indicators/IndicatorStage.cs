using Aici.Core.Measure;
using Aici.Report;
using Aici.Store;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// Measures the indicators beyond the headline table on the run's works, saves their tables and charts, and returns
/// what the report shows. <paramref name="byDefinition"/> holds the same works under each AI definition, for the
/// sensitivity table; the run's own definition comes first.
/// </summary>
internal static class IndicatorStage
{
    /// <remarks>
    /// The slide charts (PNG drawn by ScottPlot, about 0.3 s) are drawn on the thread pool while the tables are saved
    /// and the caller goes on with the store; <see cref="IndicatorRun.Finish"/> waits for them.
    /// </remarks>
    public static IndicatorRun Run(
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

        IndicatorResults results = Measure(papers, byDefinition, options);
        var run = new IndicatorRun(results, Task.Run(() => ChartFiles.Write(results, outputs)));
        try
        {
            foreach (TableData table in IndicatorTables.All(results.Set, results.Sensitivity))
            {
                TableFiles.Write(table, store, outputs);
            }
        }
        catch
        {
            run.Abandon();
            throw;
        }

        return run;
    }

    /// <summary>The indicators alone, without writing anything.</summary>
    internal static IndicatorResults Measure(
        IReadOnlyList<MeasuredPaper> papers,
        IReadOnlyDictionary<string, IReadOnlyList<MeasuredPaper>> byDefinition,
        RunOptions options)
    {
        var settings = new IndicatorSettings
        {
            Years = options.Years,
            Counting = options.Counting,
            GrowthFrom = options.GrowthFrom,
            GrowthTo = options.GrowthTo,
            GrowthMinimum = options.GrowthMinimum,
            RcaMinimum = options.RcaMinimum,
        };
        Bootstrap? bootstrap = options.Bootstrap > 0 ? new Bootstrap(options.Bootstrap, options.Seed) : null;
        ClassifierError? error = options.PropagateClassifierError && options.ClassifierAccuracy.Count > 0
            ? new ClassifierError(options.ClassifierAccuracy, options.Seed)
            : null;
        IndicatorSet set = IndicatorSet.Measure(papers, settings, bootstrap, error);
        SensitivityTable sensitivity = SensitivityTable.Measure(Definitions(papers, byDefinition, options.AiDefinition), options.Years, options.Counting);
        return new IndicatorResults(set, sensitivity)
        {
            Top = options.Top,
            AiDefinition = options.AiDefinition,
            Evaluation = options.ClassifierAccuracy,
            PropagationRequested = options.PropagateClassifierError,
        };
    }

    /// <summary>The definitions side by side: the run's own first (its works are <paramref name="papers"/>), then the others by name.</summary>
    private static List<KeyValuePair<string, IReadOnlyList<MeasuredPaper>>> Definitions(
        IReadOnlyList<MeasuredPaper> papers, IReadOnlyDictionary<string, IReadOnlyList<MeasuredPaper>> byDefinition, string own)
    {
        List<KeyValuePair<string, IReadOnlyList<MeasuredPaper>>> definitions = [new(own, byDefinition.GetValueOrDefault(own) ?? papers)];
        definitions.AddRange(byDefinition.Where(d => d.Key != own).OrderBy(d => Order(d.Key)).ThenBy(d => d.Key, StringComparer.Ordinal));
        return definitions;
    }

    private static int Order(string definition) => definition switch
    {
        "categories" => 0,
        "vocabulary" => 1,
        "phrases" => 2,
        "model" => 3,
        "combined" => 4,
        _ => 5,
    };
}
