namespace Aici.Cli.Tests.Affiliations;

/// <summary>A tiny ROR dump and inputs written by hand for command tests (invented ids).</summary>
internal static class SmallDump
{
    public const string Ror = """
        [
          {"id": "https://ror.org/0c1lakesd", "status": "active", "types": ["education"],
           "names": [{"value": "Example University of Lakeside", "types": ["ror_display", "label"], "lang": "en"},
                     {"value": "EULS", "types": ["acronym"], "lang": null}],
           "locations": [{"geonames_details": {"country_code": "GB", "name": "Lakeside"}}],
           "relationships": [], "external_ids": []},
          {"id": "https://ror.org/0c1harbor", "status": "active", "types": ["education"],
           "names": [{"value": "Harbour Institute of Technology", "types": ["ror_display"], "lang": "en"}],
           "locations": [{"geonames_details": {"country_code": "NZ", "name": "Harbourtown"}}],
           "relationships": [], "external_ids": []},
          {"id": "https://ror.org/0c1gone00", "status": "withdrawn", "types": ["education"],
           "names": [{"value": "Gone College", "types": ["ror_display"], "lang": "en"}],
           "locations": [], "relationships": [], "external_ids": []}
        ]
        """;

    public const string Affiliations = """
        Department of Examples, Example University of Lakeside, Lakeside, UK
        {"affiliation": "Harbour Institute of Technology, Harbourtown, New Zealand", "id": 2}

        Lab of Nothing, Lyon, France; Harbour Institute of Technology
        Gone College
        """;
}
