namespace Aici.Sources.Tests.Ror;

/// <summary>Small ROR records written by hand in the two schemas, with invented ids.</summary>
internal static class RorRecords
{
    public const string V2Active = """
        {
          "id": "https://ror.org/0t2active",
          "status": "active",
          "types": ["education", "funder"],
          "names": [
            {"value": "Example University of Lakeside", "types": ["ror_display", "label"], "lang": "en"},
            {"value": "Universidad Ejemplo de la Ribera", "types": ["label"], "lang": "es"},
            {"value": "Lakeside University", "types": ["alias"], "lang": "en"},
            {"value": "EUL", "types": ["acronym"], "lang": null}
          ],
          "locations": [
            {"geonames_id": 1, "geonames_details": {"country_code": "GB", "country_name": "United Kingdom", "name": "Lakeside", "country_subdivision_name": "England"}}
          ],
          "relationships": [
            {"label": "Example Health Trust", "type": "related", "id": "https://ror.org/0t2relatd"},
            {"label": "Example Lakeside Lab", "type": "child", "id": "https://ror.org/0t2childx"},
            {"label": "Example Federal System", "type": "parent", "id": "https://ror.org/0t2parent"},
            {"label": "Example Successor", "type": "successor", "id": "https://ror.org/0t2succes"}
          ],
          "external_ids": [
            {"type": "isni", "all": ["0000 0000 0000 0000"], "preferred": null},
            {"type": "grid", "all": ["grid.0000.1"], "preferred": "grid.0000.1"}
          ],
          "admin": {"created": {"date": "2020-01-01", "schema_version": "1.0"}},
          "_source_path": "v2.0/0t2active.json"
        }
        """;

    public const string V2Withdrawn = """
        {
          "id": "https://ror.org/0t2withdr",
          "status": "withdrawn",
          "types": ["other"],
          "names": [{"value": "Withdrawn Example", "types": ["ror_display"], "lang": null}],
          "locations": [],
          "relationships": [],
          "external_ids": []
        }
        """;

    public const string V2Inactive = """
        {
          "id": "https://ror.org/0t2inactv",
          "status": "inactive",
          "types": ["education"],
          "names": [{"value": "Old Example College", "types": ["ror_display", "label"], "lang": "en"}],
          "locations": [{"geonames_details": {"country_code": "fr", "name": "Lyon"}}],
          "relationships": [],
          "external_ids": []
        }
        """;

    public const string V1Active = """
        {
          "id": "https://ror.org/0t1active",
          "name": "Example Institute of Marine Studies",
          "status": "active",
          "types": ["Facility"],
          "aliases": ["Marine Studies Example"],
          "acronyms": ["EIMS"],
          "labels": [{"label": "Institut Exemple d'Études Marines", "iso639": "fr"}],
          "country": {"country_name": "Canada", "country_code": "CA"},
          "addresses": [{"city": "Halifax", "geonames_city": {"city": "Halifax", "geonames_admin1": {"name": "Nova Scotia"}}}],
          "relationships": [{"label": "Example University of Lakeside", "type": "Parent", "id": "https://ror.org/0t2active"}],
          "external_ids": {"GRID": {"preferred": "grid.0000.2", "all": "grid.0000.2"}, "ISNI": {"preferred": null, "all": []}},
          "_source_path": "v1.5/0t1active.json"
        }
        """;

    public const string V1Withdrawn = """
        {"id": "https://ror.org/0t1withdr", "name": "Gone Example", "status": "withdrawn", "types": [], "aliases": [],
         "acronyms": [], "labels": [], "country": {"country_code": "DE"}, "addresses": [], "relationships": [], "external_ids": {}}
        """;

    /// <summary>The v1 record of an id that also has a v2 record: the v2 one wins.</summary>
    public const string V1OfV2 = """
        {"id": "https://ror.org/0t2active", "name": "Example University (old name)", "status": "active", "types": ["Education"],
         "aliases": [], "acronyms": [], "labels": [], "country": {"country_code": "GB"}, "addresses": [], "relationships": [],
         "external_ids": {}}
        """;

    public static string Array(params string[] records) => "[" + string.Join(",\n", records) + "]";
}
