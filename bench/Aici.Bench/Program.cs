using System.Diagnostics;
using System.Globalization;

using Aici.Bench;
using Aici.Core.Affiliations;
using Aici.Sources.Gold;
using Aici.Sources.Ror;
using Aici.Sources.Universities;
using static Aici.Bench.BenchArgs;

// Benchmarks of the affiliation stage on the real data in ../shared/data (see docs/benchmarks.md).
//   build    load the ROR dump and the universities list and build the index; best of 5 rounds in one process
//   resolve  resolve every gold string (Crossref + Springer, 6,000) with a built index; best of 10 rounds
//   cold     load, build and resolve once in a fresh process: what one `aici resolve` run pays, JIT warm-up included
// Every figure is given as wall-clock time and as the process's CPU time, which a busy machine disturbs less.
// Options: --ror DIR, --universities FILE, --gold FILE (repeatable).
string mode = args.Length > 0 ? args[0] : "resolve";
string? ror = Option(args, "--ror");
string? universities = Option(args, "--universities");
List<string> gold = Options(args, "--gold");

switch (mode)
{
    case "build":
        Build(BenchPaths.Ror(ror), BenchPaths.Universities(universities));
        return 0;
    case "resolve":
        Resolve(BenchPaths.Ror(ror), BenchPaths.Universities(universities), BenchPaths.Gold(gold));
        return 0;
    case "cold":
        Cold(BenchPaths.Ror(ror), BenchPaths.Universities(universities), BenchPaths.Gold(gold));
        return 0;
    default:
        Console.Error.WriteLine("usage: Aici.Bench build|resolve|cold [--ror DIR] [--universities FILE] [--gold FILE]...");
        return 2;
}

static void Build(string ror, string universitiesPath)
{
    Console.WriteLine($"ROR dump: {ror}");
    Measure bestLoad = Measure.Worst, bestList = Measure.Worst, bestIndex = Measure.Worst;
    OrganisationIndex? index = null;
    for (int round = 0; round < 5; round++)
    {
        var clock = Clock.Start();
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load([ror]);
        Measure load = clock.Lap();
        IReadOnlyList<UniversityName> list = UniversitiesList.Load(universitiesPath);
        Measure listTime = clock.Lap();
        index = OrganisationIndex.Build(organisations, list);
        Measure build = clock.Lap();
        bestLoad = bestLoad.Min(load);
        bestList = bestList.Min(listTime);
        bestIndex = bestIndex.Min(build);
        if (round == 0)
        {
            Console.WriteLine(Invariant($"files {summary.Files.Count}, records {summary.Records}, organisations {summary.Organisations} (withdrawn left out {summary.Withdrawn}, inactive kept {summary.Inactive}, duplicates {summary.Duplicates}, invalid {summary.Invalid})"));
            Console.WriteLine(Invariant($"first round (JIT warm-up included): load {load}, universities {listTime}, build {build}"));
        }
    }

    int names = index?.NameCount ?? 0;
    Console.WriteLine(Invariant($"names indexed {names}"));
    Console.WriteLine(Invariant($"best of 5: load ROR dump {bestLoad}; load universities {bestList}; build index {bestIndex}"));
    Console.WriteLine(Invariant($"best of 5, total: {bestLoad.Wall + bestList.Wall + bestIndex.Wall:F0} ms wall, {bestLoad.Cpu + bestList.Cpu + bestIndex.Cpu:F0} ms CPU"));
}

static void Resolve(string ror, string universitiesPath, IReadOnlyList<string> goldFiles)
{
    (IReadOnlyList<Organisation> organisations, _) = RorDump.Load([ror]);
    OrganisationIndex index = OrganisationIndex.Build(organisations, UniversitiesList.Load(universitiesPath));
    var resolver = new AffiliationResolver(index);
    List<string> strings = [.. goldFiles.SelectMany(GoldSet.Load).Select(g => g.Affiliation)];
    Console.WriteLine(Invariant($"strings {strings.Count} from {goldFiles.Count} gold files; organisations {index.Count}"));

    int matched = 0;
    foreach (string s in strings)
    {
        matched += resolver.Resolve(s).Matches.Count > 0 ? 1 : 0; // warm-up round
    }

    const int Rounds = 10;
    Measure best = Measure.Worst;
    double totalWall = 0;
    for (int round = 0; round < Rounds; round++)
    {
        var clock = Clock.Start();
        foreach (string s in strings)
        {
            _ = resolver.Resolve(s);
        }

        Measure lap = clock.Lap();
        best = best.Min(lap);
        totalWall += lap.Wall;
    }

    Console.WriteLine(Invariant($"strings with an organisation: {matched}"));
    Console.WriteLine(Invariant($"resolve {strings.Count} strings, one thread: best of {Rounds} {best}; mean wall {totalWall / Rounds:F1} ms"));
    Console.WriteLine(Invariant($"per string: {best.Wall * 1000 / strings.Count:F1} µs wall; {strings.Count / (best.Wall / 1000):F0} strings/s"));
}

static void Cold(string ror, string universitiesPath, IReadOnlyList<string> goldFiles)
{
    var clock = Clock.Start();
    (IReadOnlyList<Organisation> organisations, _) = RorDump.Load([ror]);
    Measure load = clock.Lap();
    OrganisationIndex index = OrganisationIndex.Build(organisations, UniversitiesList.Load(universitiesPath));
    Measure build = clock.Lap();
    var resolver = new AffiliationResolver(index);
    List<string> strings = [.. goldFiles.SelectMany(GoldSet.Load).Select(g => g.Affiliation)];
    clock.Lap();
    foreach (string s in strings)
    {
        _ = resolver.Resolve(s);
    }

    Measure resolve = clock.Lap();
    Console.WriteLine(Invariant($"fresh process: load {load}; build {build}; first resolve of {strings.Count} strings {resolve}"));
    Console.WriteLine(Invariant($"garbage collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, total pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount()} methods"));
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
