using Aici.Core.Affiliations;
using Aici.Core.Domain;

namespace Aici.Sources.Ror;

/// <summary>Turns a ROR record (schema v2 or v1) into a core <see cref="Organisation"/>.</summary>
internal static class RorRecordMapper
{
    /// <summary>True when the record is in schema v2 (it has <c>names</c>).</summary>
    public static bool IsV2(RorRecordDto record) => record.Names is not null;

    /// <summary>The organisation, or null when the record has no id or no name.</summary>
    public static Organisation? Map(RorRecordDto record)
    {
        if (string.IsNullOrWhiteSpace(record.Id))
        {
            return null;
        }

        return IsV2(record) ? MapV2(record) : MapV1(record);
    }

    public static bool IsWithdrawn(RorRecordDto record) =>
        string.Equals(record.Status?.Trim(), "withdrawn", StringComparison.OrdinalIgnoreCase);

    private static Organisation? MapV2(RorRecordDto record)
    {
        string? display = null;
        var labels = new List<string>();
        var aliases = new List<string>();
        var acronyms = new List<string>();
        foreach (RorNameDto name in record.Names!)
        {
            if (string.IsNullOrWhiteSpace(name.Value) || name.Types is null)
            {
                continue;
            }

            string value = name.Value.Trim();
            if (Has(name.Types, "ror_display"))
            {
                display ??= value;
            }
            else if (Has(name.Types, "label"))
            {
                labels.Add(value);
            }
            else if (Has(name.Types, "alias"))
            {
                aliases.Add(value);
            }
            else if (Has(name.Types, "acronym"))
            {
                acronyms.Add(value);
            }
        }

        display ??= labels.Count > 0 ? labels[0] : null;
        if (display is null)
        {
            return null;
        }

        labels.Remove(display);
        RorGeonamesDto? place = record.Locations?.Select(l => l.Details).FirstOrDefault(d => d is not null);
        return Build(record, display, aliases, acronyms, labels, place?.CountryCode, place?.Name, place?.Subdivision);
    }

    private static Organisation? MapV1(RorRecordDto record)
    {
        if (string.IsNullOrWhiteSpace(record.Name))
        {
            return null;
        }

        RorAddressDto? address = record.Addresses?.FirstOrDefault();
        return Build(
            record,
            record.Name.Trim(),
            Clean(record.Aliases),
            Clean(record.Acronyms),
            Clean(record.Labels?.Select(l => l.Label)),
            record.Country?.CountryCode,
            address?.City,
            address?.GeonamesCity?.Admin1?.Name);
    }

    private static Organisation Build(
        RorRecordDto record,
        string name,
        List<string> aliases,
        List<string> acronyms,
        List<string> labels,
        string? countryCode,
        string? city,
        string? region)
    {
        var parents = new List<string>();
        var children = new List<string>();
        var related = new List<string>();
        var successors = new List<string>();
        foreach (RorRelationshipDto relationship in record.Relationships ?? [])
        {
            if (string.IsNullOrWhiteSpace(relationship.Id))
            {
                continue;
            }

            string id = RorIds.ToShort(relationship.Id);
            switch (relationship.Type?.Trim().ToLowerInvariant())
            {
                case "parent":
                    parents.Add(id);
                    break;
                case "child":
                    children.Add(id);
                    break;
                case "successor":
                    successors.Add(id);
                    break;
                default:
                    related.Add(id);
                    break;
            }
        }

        return new Organisation
        {
            Id = RorIds.ToShort(record.Id!),
            Name = name,
            Aliases = Distinct(aliases, name),
            Acronyms = Distinct(acronyms, null),
            Labels = Distinct(labels, name),
            Country = Country(countryCode),
            City = string.IsNullOrWhiteSpace(city) ? null : city.Trim(),
            Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim(),
            Types = [.. (record.Types ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).Distinct()],
            Active = !string.Equals(record.Status?.Trim(), "inactive", StringComparison.OrdinalIgnoreCase),
            Parents = parents,
            Children = children,
            Related = related,
            Successors = successors,
            Grid = string.IsNullOrWhiteSpace(record.Grid) ? null : record.Grid.Trim(),
        };
    }

    private static CountryCode? Country(string? code)
    {
        if (code is null)
        {
            return null;
        }

        string upper = code.Trim().ToUpperInvariant();
        return upper.Length == 2 && char.IsAsciiLetterUpper(upper[0]) && char.IsAsciiLetterUpper(upper[1]) ? new CountryCode(upper) : null;
    }

    private static bool Has(List<string> types, string type) => types.Exists(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));

    private static List<string> Clean(IEnumerable<string?>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    private static string[] Distinct(List<string> values, string? except) =>
        [.. values.Where(v => !string.Equals(v, except, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
}
