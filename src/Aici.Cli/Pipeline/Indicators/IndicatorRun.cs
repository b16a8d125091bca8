using Aici.Report;

namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// The indicators of a run, measured and their tables saved, with their charts still being drawn on other cores: the
/// caller goes on with the store and calls <see cref="Finish"/> before anything that needs the charts written.
/// </summary>
internal sealed class IndicatorRun(IndicatorResults results, Task<IReadOnlyList<string>> charts)
{
    /// <summary>Waits for the chart files and returns the results; a chart's error is thrown as itself.</summary>
    public IndicatorResults Finish()
    {
        _ = charts.GetAwaiter().GetResult();
        return results;
    }

    /// <summary>
    /// Waits for the chart files when the run has already failed, so no file is left half written, and keeps the run's
    /// own error rather than any of the charts'.
    /// </summary>
    public void Abandon()
    {
        try
        {
            charts.Wait();
        }
        catch (AggregateException)
        {
            // the run's error is the one reported
        }
    }
}
