using System.Buffers;
using System.Diagnostics;
using System.Globalization;

using Aici.Core.Classify.Definitions;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Inputs;
using Aici.Sources.Models;
using Aici.Sources.Parallel;
using Aici.Sources.Taxonomy;

namespace Aici.Bench.Classify;

/// <summary>
/// The CPU cost per record of each stage of the classify path, in process, on one thread: reading and parsing
/// (the parallel reader with one worker that does nothing), the analysis (words, phrase rules, categories, model
/// scores) and the labels with their evidence. Each figure is the best of several rounds.
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

        var rules = new ResearchRules(taxonomies, ModelFile.Load(Path.Combine(Paths.Taxonomy, "models", "research-v1.json")).Model);
        var labeller = new ResearchLabeller(rules, AiDefinitions.Create(AiDefinitions.Default, rules));
        var papers = InputFiles.Arxiv([corpus]).SelectMany(s => s.Read()).Select(i => i.Paper).OfType<Paper>().Take(sample).ToList();
        PaperAnalysis analysis = labeller.NewAnalysis();
        double analyse = Best(papers.Count, () =>
        {
            foreach (Paper p in papers)
            {
                Load(analysis, p);
                _ = analysis.Scores;
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
        var files = InputFiles.Expand([corpus], InputOption.Arxiv);
        double read = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
            ReadCounts counts = new ParallelRecordReader(1).Run(files, () => new Nothing(), Stream.Null, _ => { });
            read = Math.Min(read, (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMicroseconds / counts.Records);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU µs per record (best of rounds, {papers.Count:#,0}-record sample): read+parse {read:0.00}; words+phrases+categories+model {analyse:0.00}; labels and evidence {label - analyse:0.00}"));
        return 0;
    }

    private static void Load(PaperAnalysis analysis, Paper paper)
    {
        analysis.Load(paper.Title, paper.Abstract, paper.Abstract is not null);
        foreach (string category in paper.Categories)
        {
            analysis.AddCategory(category);
        }
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
