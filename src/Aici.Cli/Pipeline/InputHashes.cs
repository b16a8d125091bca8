namespace Aici.Cli.Pipeline;

/// <summary>
/// The quick hashes (<see cref="FileHash.Quick"/>) of a run's inputs, computed in order on one background thread from
/// the start of the command, so that hashing overlaps loading the taxonomies, model and vocabulary. A path not given
/// at the start is hashed when asked for. A failure to read a file surfaces when its hash is asked for, as it would
/// have without the head start.
/// </summary>
internal sealed class InputHashes
{
    private readonly Dictionary<string, Task<(long Bytes, string XxHash128)>> _started = new(StringComparer.Ordinal);

    private InputHashes()
    {
    }

    /// <summary>
    /// The inputs that may be ones already seen, whose quick hashes are worth starting before the store is open: all
    /// of them when a store may be updated, else those whose size another input has too (a new input is hashed as it
    /// is read).
    /// </summary>
    public static IEnumerable<string> MaybeSeen(IEnumerable<string> paths, string store, bool rebuild)
    {
        ArgumentNullException.ThrowIfNull(paths);
        List<string> all = [.. paths];
        if (!rebuild && File.Exists(store))
        {
            return all;
        }

        long[] sizes = [.. all.Select(p => File.Exists(p) ? new FileInfo(p).Length : -1)];
        var counts = sizes.CountBy(size => size).ToDictionary();
        return all.Where((_, i) => sizes[i] >= 0 && counts[sizes[i]] > 1);
    }

    /// <summary>Starts hashing <paramref name="paths"/> in order.</summary>
    public static InputHashes Start(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var hashes = new InputHashes();
        var pending = new List<(string Path, TaskCompletionSource<(long, string)> Result)>();
        foreach (string path in paths)
        {
            if (!hashes._started.ContainsKey(path))
            {
                var result = new TaskCompletionSource<(long, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
                hashes._started.Add(path, result.Task);
                pending.Add((path, result));
            }
        }

        _ = Task.Run(() =>
        {
            foreach ((string path, TaskCompletionSource<(long, string)> result) in pending)
            {
                try
                {
                    result.SetResult(FileHash.Quick(path));
                }
                catch (Exception e)
                {
                    // handed over whole: it is thrown where the hash is asked for, and no caller waits forever
                    result.SetException(e);
                }
            }
        });
        return hashes;
    }

    /// <summary>Size and XxHash128 of <paramref name="path"/>: the one started for it, else computed now.</summary>
    public (long Bytes, string XxHash128) Quick(string path) =>
        _started.TryGetValue(path, out Task<(long Bytes, string XxHash128)>? started)
            ? started.GetAwaiter().GetResult()
            : FileHash.Quick(path);
}
