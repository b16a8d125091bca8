using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Aici.Core.Classify.Model;

namespace Aici.Sources.Models;

/// <summary>
/// Reads and writes a model: a JSON header (format and version, name and version of the model, date of training,
/// feature settings, training data with hashes, split, algorithm, per-label bias, threshold, method and
/// cross-validated F1, and the weights file's name and SHA-256) beside a gzip-compressed binary weights file
/// (<see cref="WeightsCodec"/>). Writing is deterministic (same model, same bytes) and goes through temporary names.
/// </summary>
public static class ModelFile
{
    /// <summary>Reads the model whose header is <paramref name="headerPath"/>.</summary>
    /// <exception cref="InputException">
    /// A file is missing or unreadable, the header is not a model header of this format version, or the weights file
    /// does not match the header (SHA-256, labels, hashing scheme).
    /// </exception>
    public static (LinearModel Model, ModelFileInfo File) Load(string headerPath)
    {
        ArgumentNullException.ThrowIfNull(headerPath);
        byte[] header = ReadAll(headerPath, "model header");
        ModelHeader parsed;
        try
        {
            parsed = ModelHeaderJson.Parse(header);
        }
        catch (JsonException e)
        {
            throw InputException.For(headerPath, $"invalid JSON in model header (line {(e.LineNumber ?? 0) + 1}): {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw InputException.For(headerPath, e.Message, e);
        }

        string weightsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(headerPath))!, parsed.WeightsFile);
        byte[] weights = ReadAll(weightsPath, "model weights");
        string weightsSha = Sha256(weights);
        if (!string.Equals(weightsSha, parsed.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw InputException.For(weightsPath, $"SHA-256 {weightsSha} differs from the header's {parsed.WeightsSha256}: the weights do not belong to {Path.GetFileName(headerPath)}");
        }

        (ulong[] Ids, short[] Weights, float[] Scales) decoded;
        try
        {
            decoded = WeightsCodec.Decode(weights, parsed.Labels.Count);
        }
        catch (InvalidDataException e)
        {
            throw InputException.For(weightsPath, e.Message, e);
        }

        LinearModel model;
        try
        {
            model = new LinearModel(parsed.Info, parsed.Labels, decoded.Ids, decoded.Weights, decoded.Scales);
        }
        catch (ArgumentException e)
        {
            throw InputException.For(weightsPath, e.Message, e);
        }

        return (model, new ModelFileInfo(parsed.Info.Name, parsed.Info.Version, headerPath, Sha256(header), weightsSha));
    }

    /// <summary>
    /// Writes <paramref name="model"/> to <paramref name="headerPath"/> (JSON) and the weights file beside it
    /// ("NAME.json" → "NAME.weights.gz"), each through a temporary name.
    /// </summary>
    public static ModelFileInfo Save(LinearModel model, string headerPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(headerPath);
        string directory = Path.GetDirectoryName(Path.GetFullPath(headerPath))!;
        Directory.CreateDirectory(directory);
        string weightsName = ModelFormat.WeightsFileName(headerPath);
        byte[] weights = WeightsCodec.Encode(model);
        string weightsSha = Sha256(weights);
        byte[] header = ModelHeaderJson.Write(model, weightsName, weightsSha);
        WriteAtomically(Path.Combine(directory, weightsName), weights);
        WriteAtomically(headerPath, header);
        return new ModelFileInfo(model.Info.Name, model.Info.Version, headerPath, Sha256(header), weightsSha);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] ReadAll(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.For(path, $"cannot read {what}: {e.Message}", e);
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

}
