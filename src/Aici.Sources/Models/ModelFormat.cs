namespace Aici.Sources.Models;

/// <summary>The names and numbers that identify Aici's model file format (see <c>taxonomy/models/README.md</c>).</summary>
internal static class ModelFormat
{
    /// <summary>The header's "format" value.</summary>
    public const string Name = "aici-linear-model";

    /// <summary>The header's "format_version": readers refuse any other.</summary>
    public const int Version = 1;

    /// <summary>The first bytes of a decompressed weights file.</summary>
    public static ReadOnlySpan<byte> WeightsMagic => "AICIW001"u8;

    /// <summary>The weights file beside a header: "research-v1.json" → "research-v1.weights.gz".</summary>
    public static string WeightsFileName(string headerPath) =>
        System.IO.Path.GetFileNameWithoutExtension(headerPath) + ".weights.gz";
}
