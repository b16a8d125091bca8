using System.Security.Cryptography;
using System.Text.Json;
using Aici.Tests;

namespace Aici.Cli.Tests;

/// <summary><c>aici run --ai-definition</c>: the chosen definition labels the records, the manifest names it with the model and taxonomy versions, and every record is also decided under the compared definitions.</summary>
public sealed class RunDefinitionTests
{
    private static readonly string Taxonomy = Path.Combine(AppContext.BaseDirectory, "taxonomy");

    [Fact]
    public void The_default_run_uses_combined_and_the_manifest_records_definition_models_and_taxonomies()
    {
        using var temp = new TempFolder();
        CliRun run = CliRun.Of("run", "--demo", "--out", temp["out"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(temp["out/manifest.json"]));
        JsonElement root = manifest.RootElement;
        Assert.Equal("combined", root.GetProperty("options").GetProperty("ai_definition").GetString());
        string definition = root.GetProperty("ai_definition").GetString()!;
        Assert.StartsWith("combined (ai 1.0.0", definition, StringComparison.Ordinal);
        Assert.Contains("+ research 2026.12.2", definition, StringComparison.Ordinal);
        Assert.Equal(["combined", "categories", "vocabulary", "model"], root.GetProperty("compared_definitions").EnumerateArray().Select(e => e.GetString()));

        JsonElement[] models = [.. root.GetProperty("models").EnumerateArray()];
        Assert.Equal(["model research", "model confirming"], models.Select(m => m.GetProperty("name").GetString()));
        foreach ((JsonElement model, (string file, string version)) in models.Zip([("research-v1.json", "2026.12.2"), ("confirming-v1.json", "2026.12.3")]))
        {
            Assert.Equal(version, model.GetProperty("version").GetString());
            string header = Path.Combine(Taxonomy, "models", file);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(header))), model.GetProperty("sha256").GetString());
        }

        string[] taxonomies = [.. root.GetProperty("taxonomies").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];
        Assert.Equal(["ai", "modalities", "media", "techniques", "creative_domains"], taxonomies[..5]);
        Assert.Contains(taxonomies, t => t.Contains("vocabulary", StringComparison.Ordinal));

        string html = File.ReadAllText(temp["out/report/index.html"]);
        Assert.Contains("2026.12.2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sensitivity_table_compares_every_definition_and_its_first_column_is_the_headline()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("run", "--demo", "--ai-definition", "categories", "--out", temp["out"]).ExitCode);
        string[] sensitivity = File.ReadAllLines(temp["out/tables/sensitivity.csv"]);
        Assert.Equal("country,country_name,rank_categories,any_categories,rank_vocabulary,any_vocabulary,rank_model,any_model,rank_combined,any_combined,rank_changes", sensitivity[0]);
        Dictionary<string, string> headline = File.ReadAllLines(temp["out/tables/country_modality.csv"])[1..]
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[4], StringComparer.Ordinal);
        foreach (string[] row in sensitivity[1..].Select(l => l.Split(',')).Where(r => r[3] != "0"))
        {
            Assert.Equal(headline[row[0]], row[3]);
        }

        // the demo corpus has papers the categories call AI and the model does not: the columns differ
        Assert.Contains(sensitivity[1..], l => l.Split(',')[3] != l.Split(',')[7]);
    }

    [Fact]
    public void Each_definition_gives_its_own_headline_and_switching_rebuilds_the_store()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("run", "--demo", "--ai-definition", "categories", "--out", temp["out"]).ExitCode);
        string categories = File.ReadAllText(temp["out/tables/country_modality.csv"]);
        string categoriesColumn = SensitivityColumn(temp["out/tables/sensitivity.csv"], "any_model");

        CliRun model = CliRun.Of("run", "--demo", "--ai-definition", "model", "--out", temp["out"]);
        Assert.True(model.ExitCode == 0, model.ToString());
        Assert.Contains("rebuilding", model.Error, StringComparison.Ordinal);
        Assert.NotEqual(categories, File.ReadAllText(temp["out/tables/country_modality.csv"]));
        Assert.StartsWith("model (", ManifestDefinition(temp["out/manifest.json"]), StringComparison.Ordinal);
        // the model column computed beside "categories" equals the headline of a run under "model"
        Assert.Equal(categoriesColumn, SensitivityColumn(temp["out/tables/sensitivity.csv"], "any_model"));
    }

    [Fact]
    public void An_unknown_definition_is_a_usage_error_naming_the_known_ones()
    {
        CliRun run = CliRun.Of("run", "--demo", "--ai-definition", "magic", "--out", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown AI definition 'magic'", run.Error, StringComparison.Ordinal);
        Assert.Contains("combined", run.Error, StringComparison.Ordinal);
    }

    private static string ManifestDefinition(string path)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(path));
        return manifest.RootElement.GetProperty("ai_definition").GetString()!;
    }

    private static string SensitivityColumn(string path, string column)
    {
        string[] lines = File.ReadAllLines(path);
        int index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, $"{column} not in {lines[0]}");
        return string.Join('\n', lines[1..].Select(l => l.Split(',')).Where(f => f[index] != "0").Select(f => f[0] + "=" + f[index]).Order(StringComparer.Ordinal));
    }
}
