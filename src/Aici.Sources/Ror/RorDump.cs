using System.Text.Json;

using Aici.Core.Affiliations;

namespace Aici.Sources.Ror;

/// <summary>
/// Reads ROR registry dump files (JSON arrays of records, schema v2 or v1, plain or gzip) into core
/// <see cref="Organisation"/>s, streaming record by record. Withdrawn records are left out (they were never real
/// organisations, or were duplicates); inactive ones are kept and marked, because older papers name organisations
/// that have since closed or merged. When the same id appears more than once, a v2 record wins over a v1 record,
/// else the first one read.
/// </summary>
public static class RorDump
{
    /// <summary>The files a path stands for: a file as given; a directory's <c>*.json</c> and <c>*.json.gz</c> files, sorted.</summary>
    /// <exception cref="InputException">A path does not exist or a directory holds no dump file.</exception>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = [.. Directory.EnumerateFiles(path).Where(IsDumpName)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw InputException.For(path, "cannot list directory: " + e.Message, e);
                }

                if (found.Count == 0)
                {
                    throw InputException.For(path, "no ROR dump files in directory (looked for *.json and *.json.gz)");
                }

                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw InputException.For(path, "no such file or directory");
            }
        }

        return files;
    }

    /// <summary>Loads every organisation in the dump files <paramref name="paths"/> stand for.</summary>
    /// <exception cref="InputException">A file cannot be read or is not a JSON array of records.</exception>
    public static (IReadOnlyList<Organisation> Organisations, RorDumpSummary Summary) Load(IEnumerable<string> paths)
    {
        IReadOnlyList<string> files = Files(paths);
        var byId = new Dictionary<string, (Organisation Organisation, bool V2)>(StringComparer.Ordinal);
        var order = new List<string>();
        int records = 0, withdrawn = 0, invalid = 0, duplicates = 0;
        foreach (string file in files)
        {
            foreach (RorRecordDto? record in Records(file))
            {
                records++;
                if (record is null)
                {
                    invalid++;
                    continue;
                }

                if (RorRecordMapper.IsWithdrawn(record))
                {
                    withdrawn++;
                    continue;
                }

                if (RorRecordMapper.Map(record) is not { } organisation)
                {
                    invalid++;
                    continue;
                }

                bool v2 = RorRecordMapper.IsV2(record);
                if (byId.TryGetValue(organisation.Id, out var existing))
                {
                    duplicates++;
                    if (v2 && !existing.V2)
                    {
                        byId[organisation.Id] = (organisation, v2);
                    }

                    continue;
                }

                byId.Add(organisation.Id, (organisation, v2));
                order.Add(organisation.Id);
            }
        }

        Organisation[] organisations = [.. order.Select(id => byId[id].Organisation)];
        int inactive = organisations.Count(o => !o.Active);
        return (organisations, new RorDumpSummary(files, records, organisations.Length, withdrawn, inactive, invalid, duplicates));
    }

    /// <summary>The records of one dump file, streamed.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a JSON array of objects.</exception>
    internal static IEnumerable<RorRecordDto?> Records(string file)
    {
        Stream stream = Inputs.InputStreams.Open(file);
        using (stream)
        {
            IEnumerator<RorRecordDto?> records = JsonSerializer
                .DeserializeAsyncEnumerable(stream, RorJsonContext.Default.RorRecordDto)
                .ToBlockingEnumerable()
                .GetEnumerator();
            using (records)
            {
                while (true)
                {
                    RorRecordDto? record;
                    try
                    {
                        if (!records.MoveNext())
                        {
                            break;
                        }

                        record = records.Current;
                    }
                    catch (JsonException e)
                    {
                        throw InputException.For(file, $"not a ROR dump (a JSON array of records): {e.Message}", e);
                    }
                    catch (IOException e)
                    {
                        throw InputException.For(file, "cannot read: " + e.Message, e);
                    }

                    yield return record;
                }
            }
        }
    }

    private static bool IsDumpName(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase);
}
