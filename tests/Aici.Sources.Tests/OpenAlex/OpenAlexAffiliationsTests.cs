using Aici.Core.Domain;
using Aici.Sources.OpenAlex;

namespace Aici.Sources.Tests.OpenAlex;

/// <summary>Authorships: names, affiliations linked to institutions, ROR ids and countries, kept per author.</summary>
public sealed class OpenAlexAffiliationsTests
{
    private static readonly CountryCode GB = new("GB");
    private static readonly CountryCode HK = new("HK");
    private static readonly CountryCode NA = new("NA");
    private static readonly CountryCode SV = new("SV");
    private static readonly CountryCode CH = new("CH");
    private static readonly CountryCode US = new("US");

    private static Reading Read(string authorships)
    {
        using var dir = new TempDirectory();
        return Reading.Of(new OpenAlexWorksReader(dir.Write("w.jsonl", OpenAlexSamples.With("W1", "T", "\"authorships\": " + authorships))));
    }

    private static Author Single(string authorship)
    {
        Reading reading = Read("[" + authorship + "]");
        Assert.Empty(reading.Warnings);
        return Assert.Single(Assert.Single(reading.Papers).Authors);
    }

    [Fact]
    public void Each_affiliation_entry_gets_the_countries_and_ror_ids_of_its_linked_institutions()
    {
        Author author = Single("""
            {"author": {"display_name": "Ada  Lovelace"},
             "institutions": [
               {"id": "https://openalex.org/I1", "display_name": "Harbour University", "ror": "https://ror.org/01abcde23", "country_code": "GB", "type": "education"},
               {"id": "https://openalex.org/I2", "display_name": "Kowloon Media Lab", "ror": "https://ror.org/02bcdef34", "country_code": "hk", "type": "facility"}],
             "countries": ["GB", "HK"],
             "raw_affiliation_strings": [" School of Art,  Harbour University ", "Kowloon Media Lab, Hong Kong"],
             "affiliations": [
               {"raw_affiliation_string": " School of Art,  Harbour University ", "institution_ids": ["https://openalex.org/I1"]},
               {"raw_affiliation_string": "Kowloon Media Lab, Hong Kong", "institution_ids": ["https://openalex.org/I2", "https://openalex.org/I404"]}]}
            """);

        Assert.Equal("Ada Lovelace", author.Name);
        Assert.Equal(
            [
                ("School of Art, Harbour University", "GB", "01abcde23"),
                ("Kowloon Media Lab, Hong Kong", "HK", "02bcdef34"),
            ],
            author.Affiliations.Select(a => (a.Text, string.Join(',', a.Countries), string.Join(',', a.RorIds))));
    }

    [Fact]
    public void An_entry_linked_to_several_institutions_gets_all_their_countries_and_ror_ids()
    {
        Author author = Single("""
            {"author": {"display_name": "B"},
             "institutions": [
               {"id": "I1", "display_name": "One", "ror": "https://ror.org/01aaaaa11", "country_code": "GB"},
               {"id": "I2", "display_name": "Two", "ror": "https://ror.org/02bbbbb22", "country_code": "US"}],
             "affiliations": [{"raw_affiliation_string": "Joint Lab of One and Two", "institution_ids": ["I1", "I2"]}]}
            """);

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal([GB, US], affiliation.Countries);
        Assert.Equal(["01aaaaa11", "02bbbbb22"], affiliation.RorIds);
    }

    [Fact]
    public void Institutions_no_entry_links_become_affiliations_of_their_own()
    {
        Author author = Single("""
            {"author": {"display_name": "C"},
             "institutions": [
               {"id": "I1", "display_name": "Linked Institute", "ror": null, "country_code": "GB"},
               {"id": "I3", "display_name": "Desert Institute", "ror": "https://ror.org/03ccccc33", "country_code": "NA"}],
             "affiliations": [{"raw_affiliation_string": "Linked Institute, London", "institution_ids": ["I1"]}]}
            """);

        Assert.Equal(
            [("Linked Institute, London", "GB", ""), ("Desert Institute", "NA", "03ccccc33")],
            author.Affiliations.Select(a => (a.Text, string.Join(',', a.Countries), string.Join(',', a.RorIds))));
        Assert.Equal([NA], author.Affiliations[1].Countries);
    }

    [Fact]
    public void Without_affiliation_entries_raw_strings_are_unlocated_and_institutions_are_added()
    {
        Author author = Single("""
            {"author": {"display_name": "D"},
             "institutions": [{"id": "I1", "display_name": "Harbour University", "ror": "https://ror.org/01abcde23", "country_code": "HK"}],
             "countries": ["HK"],
             "raw_affiliation_strings": ["Dept of Music, Harbour University"]}
            """);

        Assert.Equal(
            [("Dept of Music, Harbour University", "", ""), ("Harbour University", "HK", "01abcde23")],
            author.Affiliations.Select(a => (a.Text, string.Join(',', a.Countries), string.Join(',', a.RorIds))));
    }

    [Fact]
    public void Raw_strings_without_institutions_or_countries_are_unlocated_affiliations()
    {
        Author author = Single("""
            {"author": {"display_name": "E"}, "institutions": [], "countries": [],
             "raw_affiliation_strings": ["Studio Nine, Somewhere", "  "], "affiliations": []}
            """);

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal(("Studio Nine, Somewhere", 0, 0), (affiliation.Text, affiliation.Countries.Count, affiliation.RorIds.Count));
    }

    [Fact]
    public void Author_countries_no_institution_gives_go_to_the_authors_unlocated_affiliation()
    {
        Author author = Single("""
            {"author": {"display_name": "F"}, "institutions": [], "countries": ["SV"],
             "affiliations": [{"raw_affiliation_string": "Conservation Lab, San Salvador, El Salvador", "institution_ids": []}]}
            """);

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal("Conservation Lab, San Salvador, El Salvador", affiliation.Text);
        Assert.Equal([SV], affiliation.Countries);
    }

    [Fact]
    public void Author_countries_with_no_affiliation_at_all_make_an_affiliation_without_text()
    {
        Author author = Single("""{"author": {"display_name": "G"}, "institutions": [], "countries": ["CH"]}""");

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal("", affiliation.Text);
        Assert.Equal([CH], affiliation.Countries);
    }

    [Fact]
    public void Author_countries_already_given_by_institutions_are_not_repeated()
    {
        Author author = Single("""
            {"author": {"display_name": "H"},
             "institutions": [{"id": "I1", "display_name": "Harbour University", "country_code": "GB"}],
             "countries": ["GB"],
             "affiliations": [
               {"raw_affiliation_string": "Harbour University", "institution_ids": ["I1"]},
               {"raw_affiliation_string": "Independent artist", "institution_ids": []}]}
            """);

        Assert.Equal([[GB], []], author.Affiliations.Select(a => a.Countries.ToArray()));
    }

    [Fact]
    public void The_raw_author_name_stands_in_for_a_missing_display_name()
    {
        Author author = Single("""{"author": {"id": "A1", "display_name": null}, "raw_author_name": " J.  Doe "}""");

        Assert.Equal("J. Doe", author.Name);
        Assert.Empty(author.Affiliations);
    }

    [Fact]
    public void Entries_with_the_same_text_are_merged()
    {
        Author author = Single("""
            {"author": {"display_name": "I"},
             "institutions": [{"id": "I1", "display_name": "A", "country_code": "GB"}, {"id": "I2", "display_name": "B", "country_code": "US"}],
             "affiliations": [
               {"raw_affiliation_string": "Shared Lab", "institution_ids": ["I1"]},
               {"raw_affiliation_string": "Shared  Lab ", "institution_ids": ["I2"]}]}
            """);

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal([GB, US], affiliation.Countries);
    }

    [Fact]
    public void Authors_keep_their_order_and_their_own_countries()
    {
        Reading reading = Read("""
            [{"author": {"display_name": "One"}, "institutions": [{"id": "I1", "display_name": "U1", "country_code": "GB"}]},
             {"author": {"display_name": "Two"}, "institutions": [{"id": "I2", "display_name": "U2", "country_code": "US"}]},
             {"author": {"display_name": "Three"}}]
            """);

        Paper paper = Assert.Single(reading.Papers);
        Assert.Equal(["One", "Two", "Three"], paper.Authors.Select(a => a.Name));
        Assert.Equal([[GB], [US], []], paper.Authors.Select(a => a.Affiliations.SelectMany(f => f.Countries).ToArray()));
        Assert.Empty(paper.Countries);
    }

    [Fact]
    public void Unknown_country_codes_and_nameless_authorships_are_warnings()
    {
        Reading reading = Read("""
            [{"author": {"display_name": "K"}, "institutions": [{"id": "I1", "display_name": "Nowhere U", "country_code": "ZZ"}], "countries": ["Narnia"]},
             {"author": {"display_name": null}, "raw_author_name": null, "institutions": []},
             {"author": {"display_name": "L"}, "institutions": [{"id": "I2", "display_name": "Unknown Place", "country_code": null}]}]
            """);

        Paper paper = Assert.Single(reading.Papers);
        Assert.Equal(["K", "L"], paper.Authors.Select(a => a.Name));
        Assert.All(paper.Authors, a => Assert.Empty(Assert.Single(a.Affiliations).Countries));
        Assert.Equal(
            [
                ("authorships[0].countries", "unknown country 'Narnia'"),
                ("authorships[0].institutions[0].country_code", "unknown country 'ZZ'"),
                ("authorships[1]", "no author name: authorship skipped"),
            ],
            reading.Warnings.Select(w => (w.Field, w.Reason)).Order());
    }

    [Fact]
    public void Country_names_are_accepted_where_a_code_is_expected()
    {
        Author author = Single("""{"author": {"display_name": "M"}, "institutions": [{"id": "I1", "display_name": "X", "country_code": "United Kingdom"}]}""");

        Assert.Equal([GB], Assert.Single(author.Affiliations).Countries);
    }

    [Fact]
    public void An_entry_without_text_is_named_by_its_institutions()
    {
        Author author = Single("""
            {"author": {"display_name": "N"},
             "institutions": [{"id": "I1", "display_name": "Harbour University", "country_code": "HK"}],
             "affiliations": [{"raw_affiliation_string": "", "institution_ids": ["I1"]}]}
            """);

        Affiliation affiliation = Assert.Single(author.Affiliations);
        Assert.Equal("Harbour University", affiliation.Text);
        Assert.Equal([HK], affiliation.Countries);
    }
}
