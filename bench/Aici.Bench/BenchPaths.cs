namespace Aici.Bench;

/// <summary>Where the real data is: <c>../shared/data</c> beside the repository, unless given on the command line.</summary>
internal static class BenchPaths
{
    public static string SharedData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aici.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("cannot find Aici.slnx above " + AppContext.BaseDirectory);
        }

        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
    }

    public static string Ror(string? given) => given ?? Path.Combine(SharedData(), "ror");

    public static string Universities(string? given) =>
        given ?? Path.Combine(SharedData(), "universities", "world_universities_and_domains.json");

    public static IReadOnlyList<string> Gold(IReadOnlyList<string> given) => given.Count > 0 ? given :
    [
        Path.Combine(SharedData(), "affiliations", "ror-api_dataset_affiliations_crossref_2024_02_19.json"),
        Path.Combine(SharedData(), "affiliations", "ror-api_dataset_affiliations_springer_2023_10_31.json"),
    ];
}
