using System.Security.Cryptography;

using Aici.Core.Classify;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Inputs;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// The labelled records of training and evaluation: arXiv records (gold from their categories) and conference papers
/// (gold from their venues), each on the training or held-out side of <see cref="StableSplit"/>. A record id seen
/// twice is kept once (the first, in file order). Records the weak labels say nothing about are left out.
/// </summary>
internal sealed class TrainingCorpus
{
    private TrainingCorpus(List<CorpusRecord> arxiv, List<CorpusRecord> venues, List<TrainingFile> files, ReaderLabels? reader)
    {
        Arxiv = arxiv;
        Venues = venues;
        Files = files;
        Reader = reader;
    }

    /// <summary>The stratum of a reading's simple random sample (see <see cref="ReaderLabels"/>).</summary>
    public const string RandomStratum = "random";

    public IReadOnlyList<CorpusRecord> Arxiv { get; }

    public IReadOnlyList<CorpusRecord> Venues { get; }

    /// <summary>The files read, with SHA-256, records and records used for training.</summary>
    public IReadOnlyList<TrainingFile> Files { get; }

    /// <summary>A reader's labels, when given: on the training side they replace the weak labels they decide.</summary>
    public ReaderLabels? Reader { get; }

    public IEnumerable<CorpusRecord> ArxivHeldOut => Arxiv.Where(r => !r.Training);

    public IEnumerable<CorpusRecord> VenuesHeldOut => Venues.Where(r => !r.Training);

    /// <exception cref="InputException">A path cannot be read.</exception>
    public static TrainingCorpus Load(IReadOnlyList<string> arxivPaths, IReadOnlyList<string> papersPaths, IReadOnlyList<string>? readerPaths = null)
    {
        var arxiv = new List<CorpusRecord>();
        var venues = new List<CorpusRecord>();
        var files = new List<TrainingFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceFile file in InputFiles.Expand(arxivPaths, InputOption.Arxiv))
        {
            // a record without categories has no category gold (not "none of the labels"): left out
            int index = files.Count;
            (int records, int used) = Read(file, seen, p => p.Categories.Count > 0 && Add(arxiv, p, WeakLabels.FromCategories(p.Categories), null, index));
            files.Add(Describe(file.Path, records, used));
        }

        seen.Clear();
        foreach (SourceFile file in InputFiles.Expand(papersPaths, InputOption.Papers))
        {
            int index = files.Count;
            (int records, int used) = Read(file, seen, p => WeakLabels.FromVenue(p.Venue) is { } targets && Add(venues, p, targets, p.Venue, index));
            files.Add(Describe(file.Path, records, used));
        }

        ReaderLabels? reader = null;
        if (readerPaths is { Count: > 0 })
        {
            reader = ReaderLabels.Load(readerPaths);
            var training = arxiv.Concat(venues).Where(r => r.Training).Select(r => (r.Table, r.Id)).ToHashSet();
            for (int f = 0; f < readerPaths.Count; f++)
            {
                files.Add(Describe(readerPaths[f], reader.RecordsOf(f), reader.RecordsDecidedBy(f, (t, id) => training.Contains((t, id)))));
            }
        }

        return new TrainingCorpus(arxiv, venues, files, reader);
    }

    /// <summary>
    /// The training records as the trainer takes them: text only, arXiv records tuning thresholds; a label the reader
    /// decided for a record takes the reader's decision in place of its weak label.
    /// </summary>
    public List<TrainingPaper> TrainingPapers(Func<PaperText, bool[]> phrases)
    {
        var papers = new List<TrainingPaper>();
        foreach (CorpusRecord r in Arxiv.Concat(Venues).Where(r => r.Training))
        {
            PaperText text = r.Text.WithoutCategories();
            papers.Add(new TrainingPaper(r.Id, text, Targets(r), Tunes: r.Venue is null) { PhraseDecisions = phrases(text) });
        }

        return papers;
    }

    /// <summary>
    /// The training records of a confirming model of <paramref name="labels"/> (each named with its group): the
    /// training-side arXiv records whose every group the reader read whole, targets from the reading (-1 where the
    /// reader marked a label unclear), each standing for itself, or, in stratum <c>random</c>, for its share of the
    /// training records no other stratum lists.
    /// </summary>
    /// <exception cref="InputException">No reading, or no training record with the groups read.</exception>
    public List<TrainingPaper> ConfirmingPapers(IReadOnlyList<(string Group, string Label)> labels, Func<PaperText, bool[]> phrases)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(phrases);
        string[] groups = [.. labels.Select(l => l.Group).Distinct()];
        if (Reader is null)
        {
            throw new InputException($"a model confirming {string.Join(" and ", groups)} is trained on a reading of them: give --reader-labels");
        }

        Dictionary<string, string?> strata = ReadWhole(groups);
        CorpusRecord[] training = [.. Arxiv.Where(r => r.Training)];
        CorpusRecord[] read = [.. training.Where(r => strata.ContainsKey(r.Id))];
        if (read.Length == 0)
        {
            throw new InputException($"no training-side arXiv record has its {string.Join(" and ", groups)} read whole in the reader's labels");
        }

        int random = read.Count(r => strata[r.Id] == RandomStratum);
        double weight = random == 0 ? 1 : (training.Length - (read.Length - random)) / (double)random;
        var papers = new List<TrainingPaper>(read.Length);
        foreach (CorpusRecord r in read)
        {
            sbyte[] targets = [.. labels.Select(l => Reader.Gold("arxiv", r.Id, l.Label, l.Group) is bool g ? (sbyte)(g ? 1 : 0) : (sbyte)-1)];
            PaperText text = r.Text.WithoutCategories();
            papers.Add(new TrainingPaper(r.Id, text, targets, Tunes: true)
            {
                PhraseDecisions = phrases(text),
                Weight = strata[r.Id] == RandomStratum ? weight : 1,
            });
        }

        return papers;
    }

    /// <summary>
    /// <see cref="Files"/> as a confirming model of <paramref name="groups"/> used them: the arXiv records and the
    /// reader's files counted only where every group was read whole on the training side.
    /// </summary>
    public IReadOnlyList<TrainingFile> FilesFor(IReadOnlyList<string> groups, IReadOnlyList<string> readerPaths)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(readerPaths);
        HashSet<string> read = [.. ReadWhole(groups).Keys];
        var used = Arxiv.Where(r => r.Training && read.Contains(r.Id)).GroupBy(r => r.File).ToDictionary(g => g.Key, g => g.Count());
        var files = new List<TrainingFile>();
        int arxivFiles = Files.Count - readerPaths.Count;
        for (int f = 0; f < arxivFiles; f++)
        {
            files.Add(Files[f] with { Used = used.GetValueOrDefault(f) });
        }

        var training = Arxiv.Where(r => r.Training && read.Contains(r.Id)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        for (int f = 0; f < readerPaths.Count; f++)
        {
            files.Add(Files[arxivFiles + f] with { Used = Reader!.RecordsReadBy(f, groups, (t, id) => t == "arxiv" && training.Contains(id)) });
        }

        return files;
    }

    // the arXiv records whose every group was read whole, with their stratum
    private Dictionary<string, string?> ReadWhole(IReadOnlyList<string> groups)
    {
        if (Reader is null || groups.Count == 0)
        {
            return [];
        }

        var each = groups.Select(g => Reader.ReadWhole(g).Where(r => r.Table == "arxiv").ToDictionary(r => r.Id, r => r.Stratum, StringComparer.Ordinal)).ToList();
        return each[0].Where(r => each.All(e => e.ContainsKey(r.Key))).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private sbyte[] Targets(CorpusRecord record)
    {
        if (Reader is null)
        {
            return record.Targets;
        }

        sbyte[] targets = [.. record.Targets];
        for (int l = 0; l < targets.Length; l++)
        {
            if (Reader.Gold(record.Table, record.Id, WeakLabels.Labels[l]) is bool gold)
            {
                targets[l] = gold ? (sbyte)1 : (sbyte)0;
            }
        }

        return targets;
    }

    private static bool Add(List<CorpusRecord> into, Paper paper, sbyte[] targets, string? venue, int file)
    {
        bool training = StableSplit.IsTraining(paper.Id);
        into.Add(new CorpusRecord(paper.Id, PaperText.Of(paper), targets, venue, training, file));
        return training;
    }

    private static (int Records, int Used) Read(SourceFile file, HashSet<string> seen, Func<Paper, bool> add)
    {
        int records = 0;
        int used = 0;
        foreach (ReadItem item in SourceFactory.Create(file).Read())
        {
            if (item.Paper is not { } paper)
            {
                continue;
            }

            records++;
            if (seen.Add(paper.Id) && add(paper))
            {
                used++;
            }
        }

        return (records, used);
    }

    private static TrainingFile Describe(string path, int records, int used)
    {
        using FileStream stream = File.OpenRead(path);
        return new TrainingFile(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)), records, used);
    }
}

/// <summary>A labelled record: id, text with categories, targets per model label, venue (papers), its split side and
/// the index of the file it was read from among <see cref="TrainingCorpus.Files"/>.</summary>
internal sealed record CorpusRecord(string Id, PaperText Text, sbyte[] Targets, string? Venue, bool Training, int File)
{
    /// <summary>The table a reader's file names the record under: "arxiv", or "venues" for a conference paper.</summary>
    public string Table => Venue is null ? "arxiv" : "venues";
}
