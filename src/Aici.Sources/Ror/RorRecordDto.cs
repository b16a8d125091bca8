using System.Text.Json.Serialization;

namespace Aici.Sources.Ror;

/// <summary>
/// One ROR record as read from a dump, schema v2 and v1 fields side by side (a record fills one set or the other).
/// Only the fields Aici uses; the rest of the record is skipped.
/// </summary>
internal sealed class RorRecordDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("types")]
    public List<string>? Types { get; set; }

    [JsonPropertyName("relationships")]
    public List<RorRelationshipDto>? Relationships { get; set; }

    [JsonPropertyName("external_ids")]
    [JsonConverter(typeof(GridIdConverter))]
    public string? Grid { get; set; }

    /// <summary>v2: every name with its types (ror_display, label, alias, acronym) and language.</summary>
    [JsonPropertyName("names")]
    public List<RorNameDto>? Names { get; set; }

    /// <summary>v2: locations with GeoNames details.</summary>
    [JsonPropertyName("locations")]
    public List<RorLocationDto>? Locations { get; set; }

    /// <summary>v1: the display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("acronyms")]
    public List<string>? Acronyms { get; set; }

    [JsonPropertyName("labels")]
    public List<RorLabelDto>? Labels { get; set; }

    [JsonPropertyName("country")]
    public RorCountryDto? Country { get; set; }

    [JsonPropertyName("addresses")]
    public List<RorAddressDto>? Addresses { get; set; }
}

internal sealed class RorRelationshipDto
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

internal sealed class RorNameDto
{
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("types")]
    public List<string>? Types { get; set; }

    [JsonPropertyName("lang")]
    public string? Lang { get; set; }
}

internal sealed class RorLocationDto
{
    [JsonPropertyName("geonames_details")]
    public RorGeonamesDto? Details { get; set; }
}

internal sealed class RorGeonamesDto
{
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("country_subdivision_name")]
    public string? Subdivision { get; set; }
}

internal sealed class RorLabelDto
{
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("iso639")]
    public string? Language { get; set; }
}

internal sealed class RorCountryDto
{
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }
}

internal sealed class RorAddressDto
{
    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("geonames_city")]
    public RorGeonamesCityDto? GeonamesCity { get; set; }
}

internal sealed class RorGeonamesCityDto
{
    [JsonPropertyName("geonames_admin1")]
    public RorAdminDto? Admin1 { get; set; }
}

internal sealed class RorAdminDto
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
