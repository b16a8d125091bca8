using System.IO.Compression;
using System.Text;

using Aici.Core.Classify.Model;

namespace Aici.Sources.Models;

/// <summary>
/// The binary weights file of a model, gzip-compressed: the magic "AICIW001", the label count and feature count
/// (int32, little-endian), one float32 scale per label, then per feature (in the order of the model's rows) its 64-bit
/// id (<see cref="WordHash"/>: no names are stored) and one int16 per label; a weight is int16 × its label's scale.
/// </summary>
internal static class WeightsCodec
{
    public static byte[] Encode(LinearModel model)
    {
        int labels = model.Labels.Count;
        ReadOnlySpan<float> scales = model.Scales;
        ReadOnlySpan<short> q = model.QuantisedWeights;
        using var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ModelFormat.WeightsMagic);
            writer.Write(labels);
            writer.Write(model.FeatureCount);
            foreach (float scale in scales)
            {
                writer.Write(scale);
            }

            for (int r = 0; r < model.FeatureCount; r++)
            {
                writer.Write(model.FeatureIds[r]);
                for (int l = 0; l < labels; l++)
                {
                    writer.Write(q[(r * labels) + l]);
                }
            }
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(gzip);
        }

        return compressed.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a weights file for <paramref name="labels"/> labels.</exception>
    public static (ulong[] Ids, short[] Weights, float[] Scales) Decode(byte[] bytes, int labels)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        raw.Position = 0;
        using var reader = new BinaryReader(raw, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(ModelFormat.WeightsMagic.Length).AsSpan().SequenceEqual(ModelFormat.WeightsMagic))
            {
                throw new InvalidDataException("not an Aici weights file (bad magic bytes)");
            }

            int fileLabels = reader.ReadInt32();
            int features = reader.ReadInt32();
            if (fileLabels != labels)
            {
                throw new InvalidDataException($"weights for {fileLabels} labels; the header lists {labels}");
            }

            if (features < 0 || (long)features * labels > raw.Length)
            {
                throw new InvalidDataException($"impossible feature count {features}");
            }

            var scales = new float[labels];
            for (int l = 0; l < labels; l++)
            {
                scales[l] = reader.ReadSingle();
            }

            var ids = new ulong[features];
            var q = new short[features * labels];
            for (int r = 0; r < features; r++)
            {
                ids[r] = reader.ReadUInt64();
                for (int l = 0; l < labels; l++)
                {
                    q[(r * labels) + l] = reader.ReadInt16();
                }
            }

            if (raw.Position != raw.Length)
            {
                throw new InvalidDataException("trailing bytes after the last feature");
            }

            return (ids, q, scales);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("weights file ends early", e);
        }
    }
}
