namespace Aici.Sources;

/// <summary>
/// An input named on the command line cannot be used at all: it does not exist, cannot be read, or a directory holds
/// no file of the expected formats. The message is one line naming the path and the reason; the CLI exits with code 2.
/// (A bad record inside a readable input is never an exception: readers yield a diagnostic for it.)
/// </summary>
public sealed class InputException : Exception
{
    public InputException()
        : base("input error")
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The path as given, when the exception was made with <see cref="For"/>.</summary>
    public string? InputPath { get; private init; }

    /// <summary>An exception whose message is "PATH: REASON" on one line.</summary>
    public static InputException For(string path, string reason, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(reason);
        string message = OneLine($"{path}: {reason}");
        return innerException is null
            ? new InputException(message) { InputPath = path }
            : new InputException(message, innerException) { InputPath = path };
    }

    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text;
}
