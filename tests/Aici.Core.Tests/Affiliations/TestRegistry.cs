using Aici.Core.Affiliations;
using Aici.Core.Domain;

namespace Aici.Core.Tests.Affiliations;

/// <summary>
/// A small hand-made registry: a few universities, colleges and companies with invented ids, enough to exercise every
/// resolver rule. Names and places are general knowledge; nothing is copied from any data set.
/// </summary>
internal static class TestRegistry
{
    public static readonly Organisation[] Organisations =
    [
        Org("t0oxford1", "University of Oxford", "GB", "Oxford", aliases: ["Oxford University"]),
        Org("t0cambrid", "University of Cambridge", "GB", "Cambridge", children: ["t0trincam"]),
        Org("t0trincam", "Trinity College", "GB", "Cambridge", parents: ["t0cambrid"]),
        Org("t0trindub", "Trinity College Dublin", "IE", "Dublin", aliases: ["Trinity College", "University of Dublin"], acronyms: ["TCD"]),
        Org("t0trinhar", "Trinity College", "US", "Hartford"),
        Org("t0mitusa1", "Massachusetts Institute of Technology", "US", "Cambridge", acronyms: ["MIT"],
            labels: ["Instituto Tecnológico de Massachusetts"]),
        Org("t0mitmelb", "Melbourne Institute of Technology", "AU", "Melbourne", acronyms: ["MIT"]),
        Org("t0uclondn", "University College London", "GB", "London", acronyms: ["UCL"], children: ["t0uclaust"]),
        Org("t0uclaust", "UCL Australia", "AU", "Adelaide", parents: ["t0uclondn"]),
        Org("t0kaist01", "Korea Advanced Institute of Science and Technology", "KR", "Daejeon", acronyms: ["KAIST"],
            labels: ["한국과학기술원"]),
        Org("t0imperia", "Imperial College London", "GB", "London"),
        Org("t0vienna1", "University of Vienna", "AT", "Vienna", labels: ["Universität Wien"]),
        Org("t0tokyotc", "Tokyo Institute of Technology", "JP", "Tokyo"),
        Org("t0uberlan", "Federal University of Uberlândia", "BR", "Uberlândia", labels: ["Universidade Federal de Uberlândia"]),
        Org("t0yaleuni", "Yale University", "US", "New Haven"),
        Org("t0pearlri", "Pearl River Institute of Optics", "CN", "Shenzhen"),
        Org("t0hkunive", "University of Hong Kong", "HK", "Hong Kong"),
        Org("t0acmeusa", "Acme Robotics (United States)", "US", "Boston", types: ["company"], children: ["t0acmeukk"]),
        Org("t0acmeukk", "Acme Robotics (United Kingdom)", "GB", "Bristol", types: ["company"], parents: ["t0acmeusa"]),
        Org("t0closed1", "Old Polytechnic of Nowhere", "GB", "Leeds", active: false),
    ];

    /// <summary>
    /// Invented colleges that make "college", "medicine" and "science" common words, as they are in the real
    /// registry: the partial and generic-name rules depend on how common words are.
    /// </summary>
    public static readonly Organisation[] Filler =
    [
        .. Enumerable.Range(0, 25).Select(i => Org(
            $"t0fill{i:D3}", $"{(char)('A' + i)}{(char)('a' + i)}rn College of Medicine and Science", "NZ", "Invercargill")),
    ];

    public static OrganisationIndex Index { get; } = OrganisationIndex.Build(
        [.. Organisations, .. Filler],
        [new UniversityName("Kingsbridge Academy of Arts", new CountryCode("NZ"))]);

    public static AffiliationResolver Resolver { get; } = new(Index);

    public static AffiliationResolver Transnational { get; } = new(Index, new ResolverOptions { Transnational = true });

    private static Organisation Org(
        string id, string name, string country, string city,
        string[]? aliases = null, string[]? acronyms = null, string[]? labels = null, string[]? types = null,
        string[]? parents = null, string[]? children = null, bool active = true) => new()
    {
        Id = id,
        Name = name,
        Country = new CountryCode(country),
        City = city,
        Aliases = aliases ?? [],
        Acronyms = acronyms ?? [],
        Labels = labels ?? [],
        Types = types ?? ["education"],
        Parents = parents ?? [],
        Children = children ?? [],
        Active = active,
    };
}
