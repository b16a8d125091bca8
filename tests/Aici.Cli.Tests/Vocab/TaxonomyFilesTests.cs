using System.Text.Json;
using Aici.Core.Taxonomy;
using Aici.Sources.Taxonomy;
using Aici.Tests;

namespace Aici.Cli.Tests.Vocab;

/// <summary>The media and creative-domain taxonomy files load, carry their kinds and the DCMS SIC classes.</summary>
public sealed class TaxonomyFilesTests
{
    private static string TaxonomyDir => Path.Combine(SharedData.RepoRoot, "taxonomy");

    [Fact]
    public void Media_are_video_3d_music_and_speech()
    {
        Taxonomy media = TaxonomyLoader.Load(Path.Combine(TaxonomyDir, "media.json")).Taxonomy;
        Assert.Equal(["video", "3d", "music", "speech"], media.Labels.Select(l => l.Name));
        Assert.All(media.Labels, l => Assert.Equal(LabelKind.Medium, l.Kind));
    }

    [Theory]
    [InlineData("media.json")]
    [InlineData("techniques.json")]
    [InlineData("creative_domains.json")]
    public void No_category_decides_a_technique_medium_or_creative_domain(string file)
    {
        // their accuracy is measured from the text alone (the 'rules' rows the accuracy file holds); a category would
        // make a run on arXiv records label them otherwise, as cs.GR did 3d until media 1.2.0 (held-out F1 0.838, not 0.917)
        Taxonomy taxonomy = TaxonomyLoader.Load(Path.Combine(TaxonomyDir, file)).Taxonomy;
        Assert.All(taxonomy.Labels, l => Assert.Empty(l.Categories));
    }

    [Fact]
    public void Creative_domains_are_the_nine_dcms_sub_sectors_with_games_for_it_and_software()
    {
        Taxonomy domains = TaxonomyLoader.Load(Path.Combine(TaxonomyDir, "creative_domains.json")).Taxonomy;
        Assert.Equal(
            ["advertising_marketing", "architecture", "crafts", "design_fashion", "film_tv_radio_photography", "games", "publishing", "museums_galleries_libraries", "music_performing_visual_arts"],
            domains.Labels.Select(l => l.Name));
        Assert.All(domains.Labels, l => Assert.Equal(LabelKind.CreativeDomain, l.Kind));
        Assert.All(domains.Labels, l => Assert.NotEmpty(l.Sic));
        Assert.Equal(["58.21"], domains.Labels.Single(l => l.Name == "games").Sic);
        Assert.Equal(["71.11"], domains.Labels.Single(l => l.Name == "architecture").Sic);
    }

    [Fact]
    public void The_sic_classes_are_exactly_the_31_creative_rows_of_the_dcms_mapping()
    {
        string csv = SharedData.Require("sic/dcms_sector_sic_mappings.csv");
        // "74.3" in the CSV is class 74.30: codes are written as numbers
        var dcms = File.ReadLines(csv)
            .Where(l => l.Contains(",creative,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[0])
            .Select(code => code.Split('.')[1].Length == 1 ? code + "0" : code)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(31, dcms.Count);

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TaxonomyDir, "creative_domains.json")));
        var ours = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement label in doc.RootElement.GetProperty("labels").EnumerateArray())
        {
            foreach (string field in new[] { "sic", "sub_sector_sic" })
            {
                if (label.TryGetProperty(field, out JsonElement codes))
                {
                    ours.UnionWith(codes.EnumerateArray().Select(c => c.GetString()!));
                }
            }
        }

        Assert.Equal(dcms.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_research_run_loads_all_five_files_and_a_bad_sic_code_is_an_input_error()
    {
        var loaded = TaxonomyLoader.LoadDirectory(TaxonomyDir);
        Assert.Equal(["ai", "modalities", "techniques", "media", "creative_domains"], loaded.Select(t => t.Taxonomy.Name));

        using var temp = new TempFolder();
        File.WriteAllText(temp["bad.json"], """{"name":"x","version":"1","labels":[{"label":"a","kind":"creative_domain","phrases":["a"],"sic":["7311"]}]}""");
        var e = Assert.Throws<Sources.InputException>(() => TaxonomyLoader.Load(temp["bad.json"]));
        Assert.Contains("7311", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"min_mentions\":2", 2, 1)]
    [InlineData("\"min_phrases\":3", 1, 3)]
    [InlineData("", 1, 1)]
    public void Min_mentions_and_min_phrases_are_read_and_default_to_one(string field, int mentions, int phrases)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.json"], $$$"""{"name":"x","version":"1","labels":[{"label":"a","kind":"technique","phrases":["a"]{{{(field.Length > 0 ? "," + field : "")}}}}]}""");
        LabelDefinition label = TaxonomyLoader.Load(temp["t.json"]).Taxonomy.Labels.Single();
        Assert.Equal((mentions, phrases), (label.MinMentions, label.MinPhrases));
    }

    [Theory]
    [InlineData("\"min_mentions\":0")]
    [InlineData("\"min_mentions\":\"2\"")]
    [InlineData("\"min_phrases\":1.5")]
    public void A_min_count_that_is_not_a_whole_number_of_at_least_one_is_an_input_error(string field)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.json"], $$$"""{"name":"x","version":"1","labels":[{"label":"a","kind":"technique","phrases":["a"],{{{field}}}}]}""");
        var e = Assert.Throws<Sources.InputException>(() => TaxonomyLoader.Load(temp["t.json"]));
        Assert.Contains("labels[0].min_", e.Message, StringComparison.Ordinal);
        Assert.Contains("t.json", e.Message, StringComparison.Ordinal);
    }
}
