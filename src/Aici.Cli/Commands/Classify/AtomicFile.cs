using System.Globalization;

namespace Aici.Cli.Commands.Classify;

/// <summary>Writes a file under a temporary name beside it and renames it into place once complete.</summary>
internal static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new Sources.InputException($"{path}: the folder {directory} does not exist");
        }

        string temp = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            T result;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                result = write(stream);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            byte[] bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
            return bytes.Length;
        });
}
