namespace Aici.Bench.Scale;

/// <summary>The benchmark's command line.</summary>
/// <param name="Rounds">Paired rounds (each runs every job once).</param>
/// <param name="Sizes">Corpus sizes in records, ascending; the first is the base size (paired with SQL, rerun).</param>
/// <param name="Directory">Where corpora, output folders, logs and the results go.</param>
/// <param name="Corpora">Corpus files given with --corpus, in the order of <paramref name="Sizes"/>.</param>
/// <param name="Aici">An aici executable to use instead of publishing src/Aici.Cli (--aici).</param>
/// <param name="Build">Whether to build the CLI in Release first (off with --no-build or --aici).</param>
/// <param name="Threads">DuckDB threads for the SQL baseline (0: DuckDB's default, one per core).</param>
internal sealed record ScaleOptions(int Rounds, IReadOnlyList<long> Sizes, string Directory, IReadOnlyList<string> Corpora, string? Aici, bool Build, int Threads)
{
    public string CorpusFor(int sizeIndex) =>
        sizeIndex < Corpora.Count ? Path.GetFullPath(Corpora[sizeIndex]) : Scale.Corpora.DefaultPath(Directory, Sizes[sizeIndex]);

    public string OutFor(long records) => Path.Combine(Directory, "out-" + Scale.Corpora.Label(records));
}
