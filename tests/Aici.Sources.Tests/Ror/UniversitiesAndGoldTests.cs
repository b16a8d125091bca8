using System.Text;

using Aici.Core.Affiliations;
using Aici.Core.Affiliations.Evaluation;
using Aici.Sources.Gold;
using Aici.Sources.Universities;

namespace Aici.Sources.Tests.Ror;

public sealed class UniversitiesAndGoldTests
{
    [Fact]
    public void The_universities_list_gives_names_with_countries()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("unis.json", """
            [
              {"name": "Example Polytechnic of Fjordby", "domains": ["epf.example"], "web_pages": [], "country": "Norway", "alpha_two_code": "NO", "state-province": null},
              {"name": "No Code University", "alpha_two_code": null},
              {"name": "  ", "alpha_two_code": "FR"},
              {"alpha_two_code": "gb", "name": "Lower Case Code College"}
            ]
            """);
        IReadOnlyList<UniversityName> names = UniversitiesList.Load(file);
        Assert.Equal(
            [("Example Polytechnic of Fjordby", "NO"), ("Lower Case Code College", "GB")],
            names.Select(n => (n.Name, n.Country.Value)));
    }

    [Fact]
    public void Gold_sets_of_both_shapes_load_with_short_ids()
    {
        using var temp = new TempDirectory();
        string affiliations = temp.Write("gold.json", """
            [
              {"affiliation": "Dept. of Examples, Example University", "ror_ids": ["https://ror.org/0t2active", "https://ror.org/0t2active"]},
              {"affiliation": "Nowhere in particular", "ror_ids": []}
            ]
            """);
        string names = temp.Write("names.json", """[{"affiliation": "Example University", "ror-id": "https://ror.org/0T2ACTIVE"}]""");
        IReadOnlyList<GoldAffiliation> gold = GoldSet.Load(affiliations);
        Assert.Equal(["0t2active"], gold[0].RorIds);
        Assert.Empty(gold[1].RorIds);
        Assert.Equal(["0t2active"], Assert.Single(GoldSet.Load(names)).RorIds);
    }

    [Theory]
    [InlineData("Department of Examples, Example University", "Department of Examples, Example University")]
    [InlineData("  padded text  ", "padded text")]
    [InlineData("{\"affiliation\": \"From JSON\", \"other\": 1}", "From JSON")]
    [InlineData("{\"affiliation\": [\"First\", \"Second\"]}", "First; Second")]
    [InlineData("{not json, just braces", "{not json, just braces")]
    public void Affiliation_lines_are_plain_text_or_json(string line, string expected) =>
        Assert.Equal(expected, AffiliationLines.Parse(Encoding.UTF8.GetBytes(line), 1)?.Affiliation);

    [Fact]
    public void Blank_lines_are_skipped_and_json_without_the_field_is_a_problem()
    {
        Assert.Null(AffiliationLines.Parse("   "u8, 1));
        AffiliationLine? line = AffiliationLines.Parse("{\"name\": \"x\"}"u8, 7);
        Assert.NotNull(line);
        Assert.Null(line.Affiliation);
        Assert.Equal(7, line.LineNumber);
        Assert.Contains("affiliation", line.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_ids_from_urls()
    {
        Assert.Equal("03acrzv41", RorIds.ToShort("https://ror.org/03acrzv41"));
        Assert.Equal("03acrzv41", RorIds.ToShort(" http://ROR.org/03ACRZV41 "));
        Assert.Equal("03acrzv41", RorIds.ToShort("03acrzv41"));
        Assert.Equal("https://ror.org/03acrzv41", RorIds.Url("03acrzv41"));
    }
}
