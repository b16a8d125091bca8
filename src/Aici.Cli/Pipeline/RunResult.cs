using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Cli.Pipeline;

/// <summary>What a finished run produced: the manifest, the headline table, the first diagnostics, the output paths.</summary>
internal sealed record RunResult(
    RunManifest Manifest,
    CountryModalityTable CountryModality,
    IReadOnlyList<Diagnostic> Diagnostics,
    long DiagnosticsTotal,
    OutputPaths Outputs)
{
    /// <summary>Nothing was new: the store is unchanged and the outputs on disk are the last run's, left in place.</summary>
    public bool UpToDate { get; init; }
}
