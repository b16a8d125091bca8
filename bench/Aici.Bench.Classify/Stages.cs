using System.Buffers;
using System.Diagnostics;
using System.Globalization;

using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Vocabulary;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Inputs;
using Aici.Sources.Models;
using Aici.Sources.Parallel;
using Aici.Sources.Taxonomy;
using Aici.Sources.Vocabulary;

namespace Aici.Bench.Classify;

/// <summary>
/// The CPU cost per record of each stage of the classify path, in process, on one thread: reading and parsing
/// (the parallel reader with one worker that does nothing), then, cumulatively on a sample held in memory, the words
/// (fold, split, hash), the phrase rules, the model's features, the model's scores, the labels with their evidence
/// (the confirming model scored where the taxonomy folder has it), and the whole <c>aici classify</c> worker (labels
/// and JSON line) over the parallel reader with one worker.
/// Each figure is the best of several rounds.
/// </summary>
internal static class Stages
{
    public static int Run(string corpus, int sample)
    {
        Console.WriteLine($"machine: {Machine.Describe()}");
        var taxonomies = new List<(Core.Taxonomy.Taxonomy, LabelGroup)>();
        foreach ((string file, LabelGroup group) in new[] { ("ai", LabelGroup.Ai), ("modalities", LabelGroup.Modality), ("media", LabelGroup.Media), ("techniques", LabelGroup.Technique), ("creative_domains", LabelGroup.CreativeDomain) })
        {
            string path = Path.Combine(Paths.Taxonomy, file + ".json");
            if (File.Exists(path))
            {
                taxonomies.Add((TaxonomyLoader.Load(path).Taxonomy, group));
            }
        }

        LinearModel model = ModelFile.Load(Path.Combine(Paths.Taxonomy, "models", "research-v1.json")).Model;
        // the confirming model of media and creative domains, as a run uses it when the taxonomy folder has it
        string confirming = Path.Combine(Paths.Taxonomy, "models", "confirming-v1.json");
        var rules = new ResearchRules(taxonomies, model, File.Exists(confirming) ? ModelFile.Load(confirming).Model : null);
        var labeller = new ResearchLabeller(rules, AiDefinitions.Create(AiDefinitions.Default, rules));
        var papers = InputFiles.Arxiv([corpus]).SelectMany(s => s.Read()).Select(i => i.Paper).OfType<Paper>().Take(sample).ToList();
        var words = new WordList();
        var matches = new RuleMatches();
        var features = new FeatureBuffer();
        var scores = new ModelScores();
        PaperAnalysis analysis = labeller.NewAnalysis();
        for (int warm = 0; warm < 3; warm++)
        {
            // every stage's code compiled and optimised (tiered compilation runs in the background) before timing
            foreach (Paper p in papers)
            {
                Words(words, p);
                rules.Phrases.Begin(words, matches);
                features.Fill(words, model.Info.Features);
                model.Score(features, scores);
                Load(analysis, p);
                labeller.Label(analysis);
            }

            Thread.Sleep(200);
        }

        double split = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Words(words, p);
            }
        });
        double phrases = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Words(words, p);
                rules.Phrases.Begin(words, matches);
            }
        });
        double fill = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Words(words, p);
                rules.Phrases.Begin(words, matches);
                features.Fill(words, model.Info.Features);
            }
        });
        double score = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Words(words, p);
                rules.Phrases.Begin(words, matches);
                features.Fill(words, model.Info.Features);
                model.Score(features, scores);
            }
        });
        double label = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Load(analysis, p);
                labeller.Label(analysis);
            }
        });
        (VocabularyList vocabulary, _) = VocabularyFiles.Load(Path.Combine(Paths.Taxonomy, VocabularyFiles.DefaultFile));
        var definition = new VocabularyDefinition(vocabulary);
        var counter = new VocabularyCounter(vocabulary);
        var bound = new VocabularyBound(vocabulary);
        string[] counted = [.. papers.Select(p => string.IsNullOrWhiteSpace(p.Abstract) ? p.Title : p.Abstract)];
        double vocabularyCount = Best(counted.Length, () =>
        {
            foreach (string text in counted)
            {
                counter.Passes(text);
            }
        });
        double loadOnly = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                analysis.Load(p.Title, p.Abstract, p.Abstract is not null);
            }
        });
        int bounded = 0;
        double vocabularyQuick = Best(papers.Count, () =>
        {
            bounded = 0;
            foreach (Paper p in papers)
            {
                analysis.Load(p.Title, p.Abstract, p.Abstract is not null);
                bounded += bound.MayPass(analysis.Words, analysis.HasAbstractText ? 1 : 0) ? 1 : 0;
                definition.IsAi(analysis);
            }
        }) - loadOnly;
        var files = InputFiles.Expand([corpus], InputOption.Arxiv);
        double read = Reader(files, () => new Nothing());
        double whole = Reader(files, () => Worker(labeller));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU µs per record (best of rounds; {papers.Count:#,0}-record sample in memory, one thread):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  words {split:0.00}; phrase rules {phrases - split:0.00}; features {fill - phrases:0.00}; model look-ups {score - fill:0.00}; categories, labels and evidence {label - score:0.00} (all of it {label:0.00})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  vocabulary definition, sensitivity pass (text only): bound then count {vocabularyQuick:0.00} ({bounded:#,0} of {papers.Count:#,0} papers counted); counting every paper {vocabularyCount:0.00} ({counted.Average(t => t.Length):0} characters a text)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU µs per record, whole file, parallel reader with one worker: read+parse {read:0.00}; read+parse+classify+JSON {whole:0.00} (JSON and the rest ≈ {whole - read - label:0.00})"));
        return 0;
    }

    private static void Words(WordList words, Paper paper)
    {
        words.Clear();
        words.AddSegment(paper.Title);
        if (paper.Abstract is not null)
        {
            words.AddSegment(paper.Abstract);
        }
    }

    private static void Load(PaperAnalysis analysis, Paper paper)
    {
        analysis.Load(paper.Title, paper.Abstract, paper.Abstract is not null);
        foreach (string category in paper.Categories)
        {
            analysis.AddCategory(category);
        }
    }

    /// <summary>The CLI's own worker (internal to it), made by reflection so that the bench runs exactly its code.</summary>
    private static IRecordWorker Worker(ResearchLabeller labeller)
    {
        Type type = System.Reflection.Assembly.Load("aici").GetType("Aici.Cli.Commands.Classify.ClassifyWorker", throwOnError: true)!;
        return (IRecordWorker)Activator.CreateInstance(type, labeller, false)!;
    }

    private static double Reader(IReadOnlyList<SourceFile> files, Func<IRecordWorker> worker)
    {
        double best = double.MaxValue;
        for (int round = 0; round < 2; round++)
        {
            TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
            ReadCounts counts = new ParallelRecordReader(1).Run(files, worker, Stream.Null, _ => { });
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMicroseconds / counts.Records);
        }

        return best;
    }

    private static double Best(int count, Action round)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 7; i++)
        {
            TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
            round();
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMicroseconds / count);
        }

        return best;
    }

    private sealed class Nothing : IRecordWorker
    {
        public void Process(TextRecord record, IBufferWriter<byte> output)
        {
        }
    }
}
