using System.CommandLine;
using System.Globalization;
using Aici.Core.Classify.Vocabulary;
using Aici.Sources.Vocabulary;

namespace Aici.Cli.Commands.Vocab;

/// <summary><c>aici vocab expand</c>: the 2020 method's salient terms, expansions and thresholds, written for review.</summary>
internal static class ExpandCommand
{
    /// <summary>The expansion cut-off on PPMI cosines (see docs/vocabulary.md for how it was chosen).</summary>
    public const double DefaultSimilarity = 0.5;

    public static Command Build(TextWriter output, TextWriter error)
    {
        var arxiv = VocabOptions.Arxiv();
        var outFile = new Option<string>("--out") { Description = "the candidates file to write (JSON, the vocabulary file format)", HelpName = "FILE", Required = true };
        var minCount = new Option<long?>("--min-count")
        {
            Description = "a salient term must occur more than N times in its category (default: 0.02 per category paper, at least 10)",
            HelpName = "N",
        };
        var vectorMinCount = new Option<int?>("--vector-min-count")
        {
            Description = "terms seen fewer times get no word vector (default: the 2020 count of 700 scaled by papers ÷ 1,700,000)",
            HelpName = "N",
        };
        var top = new Option<int>("--top") { Description = "salient terms per category", DefaultValueFactory = _ => 20, HelpName = "N" };
        var expansion = new Option<int>("--expansion") { Description = "nearest terms examined per category", DefaultValueFactory = _ => 30, HelpName = "N" };
        var similarity = new Option<double>("--similarity")
        {
            Description = "an expansion is kept when its cosine to the salient terms exceeds this",
            DefaultValueFactory = _ => DefaultSimilarity,
            HelpName = "S",
        };
        var command = new Command("expand", "Compute salient terms per core AI category (cs.AI, cs.NE, cs.LG, stat.ML), their expansions and thresholds, for review.")
        {
            arxiv, outFile, minCount, vectorMinCount, top, expansion, similarity,
        };
        command.SetAction(parsed => VocabOptions.Run("vocab expand", error, () =>
        {
            string[] inputs = parsed.GetValue(arxiv) ?? [];
            (List<CorpusText> corpus, int records, int rejected) = VocabCorpus.Read(inputs);
            int withCategories = corpus.Count(c => c.Categories.Count > 0);
            if (withCategories == 0)
            {
                throw new Sources.InputException("no paper with an abstract and arXiv categories in the inputs");
            }

            VocabularyParameters parameters = VocabularyParameters.ScaledTo(withCategories) with
            {
                ExpansionSimilarity = parsed.GetValue(similarity),
                SalientMinCount = parsed.GetValue(minCount),
                SalientTop = parsed.GetValue(top),
                ExpansionTop = parsed.GetValue(expansion),
            };
            if (parsed.GetValue(vectorMinCount) is int v)
            {
                parameters = parameters with { VectorMinCount = v };
            }

            VocabularyCandidates candidates = VocabularyBuilder.Expand(corpus, parameters);
            string path = parsed.GetValue(outFile)!;
            VocabularyFiles.WriteCandidates(path, candidates, inputs);
            Report(candidates, records, rejected, path, output);
        }));
        return command;
    }

    private static void Report(VocabularyCandidates candidates, int records, int rejected, string path, TextWriter output)
    {
        VocabularyParameters p = candidates.Parameters;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"aici vocab expand: {records} records ({rejected} rejected), {candidates.Papers} papers with abstract and categories; vector min count {p.VectorMinCount} ({candidates.VectorTerms} terms with vectors), {candidates.Phrases.Passes.Sum(x => x.Count)} phrases"));
        foreach (CategoryCandidates c in candidates.Categories)
        {
            CategoryThreshold t = c.Threshold;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {c.Category.Category}: min count {c.SalientMinCount}, {c.Salient.Count} salient + {c.Terms.Count - c.Salient.Count} similar terms; {t.PapersIn} papers in, mean {t.MeanIn:0.##}; out mean {t.MeanOut:0.##}, std {t.StdOut:0.##}, k {t.K}; threshold {t.Threshold}"));
        }

        output.WriteLine($"  wrote {path}");
    }
}
