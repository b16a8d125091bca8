namespace Aici.Sources.Inputs;

/// <summary>The check of a required text field (id, title): present, not null, not blank.</summary>
internal static class RequiredField
{
    /// <summary>
    /// Null when <paramref name="value"/> is usable, else the reason: <paramref name="typeProblem"/> when the value had
    /// the wrong type, "missing FIELD" when absent or null, "empty FIELD" when blank.
    /// </summary>
    public static string? Problem(string field, string? value, string? typeProblem = null) =>
        typeProblem ?? (value is null ? "missing " + field : string.IsNullOrWhiteSpace(value) ? "empty " + field : null);
}
