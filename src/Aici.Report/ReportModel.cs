using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Report;

/// <summary>Everything the HTML report shows. Built by the pipeline; the report only renders it.</summary>
public sealed record ReportModel(
    CountryModalityTable CountryModality,
    RunManifest Manifest,
    IReadOnlyList<Diagnostic> Diagnostics,
    long DiagnosticsTotal,
    bool Illustrative);
