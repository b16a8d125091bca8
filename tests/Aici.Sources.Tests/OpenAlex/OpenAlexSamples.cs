namespace Aici.Sources.Tests.OpenAlex;

/// <summary>Small invented OpenAlex records (never copies of ../shared/data), one JSON object per constant.</summary>
internal static class OpenAlexSamples
{
    /// <summary>A full work: DOI, dates, topic, venue, abstract, two authorships with institutions.</summary>
    public const string ShadowWork = """
        {"id":"https://openalex.org/W4000000001","doi":"https://doi.org/10.5555/Shadow.101","title":"Neural Shadow Puppetry","display_name":"Neural Shadow Puppetry","publication_year":2023,"publication_date":"2023-05-07","ids":{"openalex":"https://openalex.org/W4000000001","doi":"https://doi.org/10.5555/Shadow.101","mag":"4000000001","pmid":"https://pubmed.ncbi.nlm.nih.gov/99999999"},"language":"en","primary_location":{"is_oa":true,"source":{"id":"https://openalex.org/S1","display_name":"Journal of Example Arts","type":"journal"}},"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"Ayşe Yılmaz"},"institutions":[{"id":"https://openalex.org/I11","display_name":"Bosphorus Institute of Arts","ror":"https://ror.org/01abcde23","country_code":"TR","type":"education","lineage":["https://openalex.org/I11"]}],"countries":["TR"],"raw_author_name":"Ayse Yilmaz","raw_affiliation_strings":["Bosphorus Institute of Arts, Istanbul"],"affiliations":[{"raw_affiliation_string":"Bosphorus Institute of Arts, Istanbul","institution_ids":["https://openalex.org/I11"]}]},{"author_position":"last","author":{"id":"https://openalex.org/A2","display_name":"Wing Chan"},"institutions":[],"countries":[],"raw_author_name":"Wing Chan","raw_affiliation_strings":[],"affiliations":[]}],"primary_topic":{"id":"https://openalex.org/T1","display_name":"Computational Creativity","score":0.99},"abstract_inverted_index":{"We":[0],"animate":[1],"shadow":[2],"puppets.":[3]},"cited_by_count":3}
        """;

    /// <summary>A minimal work: id and title only.</summary>
    public static string Minimal(string id, string title) =>
        $$"""{"id":"https://openalex.org/{{id}}","title":"{{title}}"}""";

    /// <summary>A work with the given extra members (JSON text without braces) after its id and title.</summary>
    public static string With(string id, string title, string members) =>
        $$"""{"id":"https://openalex.org/{{id}}","title":"{{title}}",{{members}}}""";

    /// <summary>An invented institution record (what OpenAlex returns for /institutions/I…).</summary>
    public const string Institution = """
        {
          "id": "https://openalex.org/I5000000001",
          "ror": "https://ror.org/05zzzzz99",
          "display_name": "Harbour University",
          "country_code": "HK",
          "type": "education"
        }
        """;

    /// <summary>
    /// A pretty-printed API page whose works start on lines 5, 6 and 8; the second has no title.
    /// </summary>
    public const string ThreeWorkPage = """
        {
          "meta": {"count": 3, "page": 1, "per_page": 25},
          "results":
          [
            {"id": "https://openalex.org/W4000000011", "title": "Generative Choreography", "publication_year": 2021},
            {"id": "https://openalex.org/W4000000012", "publication_year": 2020,
             "authorships": []},
            {
              "id": "https://openalex.org/W4000000013",
              "title": "Sound Sketches",
              "doi": null
            }
          ],
          "group_by": []
        }
        """;
}
