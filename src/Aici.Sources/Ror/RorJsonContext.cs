using System.Text.Json.Serialization;

namespace Aici.Sources.Ror;

/// <summary>Source-generated JSON metadata for the ROR record DTOs (no reflection at run time).</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(RorRecordDto))]
internal sealed partial class RorJsonContext : JsonSerializerContext;
