using System.Globalization;

using Aici.Bench.Classify;
using static Aici.Bench.BenchArgs;

// Benchmarks of `aici classify` on a make-corpus file (arXiv Kaggle layout, real abstracts resampled).
//   classify  the whole command as a child process, best of --rounds (default 3); writes the corpus first when it
//             is missing (make-corpus --records N, about 1.3 GB per million)
//   stages    CPU cost per record of each stage, in process, on a sample (default 20,000 records)
// Options: --corpus FILE (default /tmp/aici-bench/arxiv-1m.jsonl), --records N (default 1,000,000), --rounds N,
//          --ai-definition NAME (default combined), --workers N (default: one per core), --sample N.
string mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "classify";
string corpus = Option(args, "--corpus") ?? Path.Combine(Path.GetTempPath(), "aici-bench", "arxiv-1m.jsonl");
int records = Number(args, "--records", 1_000_000);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(corpus))!);
switch (mode)
{
    case "classify":
        return ClassifyRuns.Run(corpus, records, Number(args, "--rounds", 3), Option(args, "--ai-definition") ?? "combined", Number(args, "--workers", 0));
    case "stages":
        return Stages.Run(corpus, Number(args, "--sample", 20_000));
    default:
        Console.Error.WriteLine("usage: Aici.Bench.Classify [classify|stages] [--corpus FILE] [--records N] [--rounds N] [--ai-definition NAME] [--workers N] [--sample N]");
        return 2;
}
