namespace Aici.Core.Domain;

/// <summary>How bad a problem with an input record is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The record was kept; one field was dropped or repaired.</summary>
    Warning,

    /// <summary>The record was rejected; the rest of the input was kept.</summary>
    Error,
}

/// <summary>A problem found in an input: file, line, field and reason. Readers yield these instead of throwing.</summary>
public sealed record Diagnostic(string File, long Line, DiagnosticSeverity Severity, string Field, string Reason)
{
    public static Diagnostic Rejected(string file, long line, string field, string reason) =>
        new(file, line, DiagnosticSeverity.Error, field, reason);

    public static Diagnostic Warned(string file, long line, string field, string reason) =>
        new(file, line, DiagnosticSeverity.Warning, field, reason);

    public override string ToString() =>
        $"{File}:{Line}: {(Severity == DiagnosticSeverity.Error ? "rejected" : "warning")}: {Field}: {Reason}";
}
