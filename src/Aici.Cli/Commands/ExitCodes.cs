namespace Aici.Cli.Commands;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; bad records are warnings, not failures.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug or an I/O failure while writing).</summary>
    public const int Failed = 1;

    /// <summary>Bad arguments or unreadable inputs; the reason is printed on one line.</summary>
    public const int Usage = 2;
}
