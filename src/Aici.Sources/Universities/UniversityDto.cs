using System.Text.Json.Serialization;

namespace Aici.Sources.Universities;

/// <summary>One entry of world_universities_and_domains.json; only the fields Aici uses.</summary>
internal sealed class UniversityDto
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("alpha_two_code")]
    public string? AlphaTwoCode { get; set; }
}

[JsonSerializable(typeof(UniversityDto))]
internal sealed partial class UniversitiesJsonContext : JsonSerializerContext;
