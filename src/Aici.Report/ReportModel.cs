using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Report;

/// <summary>
/// Everything the HTML report shows. Built by the pipeline; the report only renders it. <see cref="OtherCounting"/> is
/// the headline table under the other counting method (fractional when the run counts whole, and the reverse).
/// </summary>
public sealed record ReportModel(
    CountryModalityTable CountryModality,
    RunManifest Manifest,
    IReadOnlyList<Diagnostic> Diagnostics,
    long DiagnosticsTotal,
    bool Illustrative,
    CountryModalityTable? OtherCounting = null,
    IndicatorResults? Indicators = null);
