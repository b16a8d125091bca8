using System.Globalization;
using Aici.Cli.Pipeline;
using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Cli.Commands;

/// <summary>The closing summary of a run: what was read, what was found, where it went.</summary>
internal static class Summary
{
    private const int DiagnosticsPrinted = 10;

    public static void Write(RunResult result, TextWriter output, TextWriter error)
    {
        RunCounts c = result.Manifest.Counts;
        foreach (Diagnostic d in result.Diagnostics.Take(DiagnosticsPrinted))
        {
            error.WriteLine(d.ToString());
        }

        if (result.DiagnosticsTotal > DiagnosticsPrinted)
        {
            error.WriteLine(Invariant($"… and {result.DiagnosticsTotal - DiagnosticsPrinted:#,0} more in {result.Outputs.Table("diagnostics", "csv")}"));
        }

        TimeSpan took = result.Manifest.Finished - result.Manifest.Started;
        if (result.UpToDate)
        {
            output.WriteLine(Invariant(
                $"aici run: nothing new: all {result.Manifest.Inputs.Count:#,0} inputs are already in the store and the options are those of the last run"));
            output.WriteLine($"  outputs up to date (the last run's manifest: {result.Outputs.Manifest})");
            output.WriteLine($"  report: {result.Outputs.Report}");
            output.WriteLine(Invariant($"  took {took.TotalSeconds:0.0} s"));
            return;
        }

        output.WriteLine(Invariant(
            $"aici run: {c.Records:#,0} records from {result.Manifest.Inputs.Count:#,0} files ({c.Rejected:#,0} rejected, {c.Warnings:#,0} warnings)"));
        output.WriteLine(Invariant(
            $"  store: {c.Added:#,0} records added, {c.Updated:#,0} updated, {c.Unchanged:#,0} unchanged; {c.SkippedInputs:#,0} inputs skipped (already in the store)"));
        output.WriteLine(Invariant(
            $"  {c.Works:#,0} works, {c.AiWorks:#,0} AI ({result.CountryModality.Years}), {c.LocatedAiWorks:#,0} of them with countries"));
        CountryModalityRow w = result.CountryModality.World;
        output.WriteLine(Invariant(
            $"  located AI works by modality: image {w.Image:#,0}, sound {w.Sound:#,0}, text {w.Text:#,0}, any {w.Any:#,0}"));
        string top = string.Join(" · ", result.CountryModality.Rows.Take(5).Select(r => Invariant($"{r.Country} {r.Any:#,0}")));
        if (top.Length > 0)
        {
            output.WriteLine($"  top countries (any): {top}");
        }

        output.WriteLine($"  store:  {result.Outputs.Store}");
        output.WriteLine($"  table:  {result.Outputs.Table("country_modality", "csv")}");
        output.WriteLine($"  report: {result.Outputs.Report}");
        output.WriteLine(Invariant($"  took {took.TotalSeconds:0.0} s"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
