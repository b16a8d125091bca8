using System.Text;

namespace Aici.Experiment.Embeddings;

/// <summary>
/// Embeddings computed before, by record id and a hash of the embedded text, in one binary file: embedding the shared
/// records takes minutes, reading them back a second.
/// </summary>
internal sealed class EmbeddingCache
{
    private readonly Dictionary<string, (ulong Hash, float[] Vector)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public static EmbeddingCache Load(string path)
    {
        var cache = new EmbeddingCache();
        if (!File.Exists(path))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            string id = reader.ReadString();
            ulong hash = reader.ReadUInt64();
            float[] vector = new float[reader.ReadInt32()];
            for (int d = 0; d < vector.Length; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            cache._entries[id] = (hash, vector);
        }

        return cache;
    }

    public float[]? Find(string id, string text) =>
        _entries.TryGetValue(id, out var entry) && entry.Hash == Hash(text) ? entry.Vector : null;

    public void Add(string id, string text, float[] vector) => _entries[id] = (Hash(text), vector);

    /// <summary>Writes the cache under a temporary name, then renames it.</summary>
    public void Save(string path)
    {
        string partial = path + ".partial";
        using (var writer = new BinaryWriter(File.Create(partial), Encoding.UTF8))
        {
            writer.Write(_entries.Count);
            foreach ((string id, (ulong hash, float[] vector)) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(id);
                writer.Write(hash);
                writer.Write(vector.Length);
                foreach (float value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(partial, path, overwrite: true);
    }

    private static ulong Hash(string text)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
