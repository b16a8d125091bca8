using System.Text.Json.Serialization;

namespace Aici.Sources.Gold;

/// <summary>One gold record: <c>{affiliation, ror_ids[]}</c> (affiliation sets) or <c>{affiliation, "ror-id"}</c> (names set).</summary>
internal sealed class GoldDto
{
    [JsonPropertyName("affiliation")]
    public string? Affiliation { get; set; }

    [JsonPropertyName("ror_ids")]
    public List<string>? RorIds { get; set; }

    [JsonPropertyName("ror-id")]
    public string? RorId { get; set; }
}

[JsonSerializable(typeof(GoldDto))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
