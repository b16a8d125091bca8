using System.Text;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>A text file written under a temporary name beside its target and renamed over it when complete.</summary>
internal sealed class AtomicText : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private bool committed;

    public AtomicText(string path)
    {
        this.path = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(this.path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        temporary = this.path + ".partial";
        Writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    /// <summary>Closes the temporary file and renames it over the target.</summary>
    public void Commit()
    {
        Writer.Dispose();
        File.Move(temporary, path, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        Writer.Dispose();
        if (!committed && File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string text)
    {
        using var file = new AtomicText(path);
        file.Writer.Write(text);
        file.Commit();
    }
}
