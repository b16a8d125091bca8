using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model.Training;
using Aici.Core.Taxonomy;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// Scores each AI definition on the held-out side of the split, text only: the arXiv records against their
/// categories, and the conference papers of the vision, language and music venues against their venue.
/// </summary>
internal static class ClassificationEvaluation
{
    public static readonly string[] ModalityLabels = [LabelNames.Image, LabelNames.Sound, LabelNames.Text];

    /// <summary>Per definition and label (ai, image, sound, text): agreement with the categories of held-out arXiv records.</summary>
    public static EvaluationTable Arxiv(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers)
    {
        CorpusRecord[] records = [.. corpus.ArxivHeldOut];
        var table = new EvaluationTable(
            "Held-out arXiv records, text only (gold: arXiv categories)",
            $"{records.Length:#,0} records (buckets 80-99 of the stable split); categories hidden from every definition");
        foreach (ResearchLabeller labeller in labellers)
        {
            var counts = new LabelCounts[WeakLabels.Labels.Length];
            PaperAnalysis analysis = labeller.NewAnalysis();
            foreach (CorpusRecord record in records)
            {
                analysis.Load(record.Text.WithoutCategories());
                LabelledPaper labels = labeller.Label(analysis);
                for (int l = 0; l < counts.Length; l++)
                {
                    counts[l] = counts[l].Add(labels.Has(WeakLabels.Labels[l]), record.Targets[l] == 1);
                }
            }

            for (int l = 0; l < counts.Length; l++)
            {
                table.Add(labeller.Definition.Name, WeakLabels.Labels[l], counts[l]);
            }
        }

        return table;
    }

    /// <summary>Per definition and modality: agreement with the venue of held-out conference papers.</summary>
    public static EvaluationTable Venues(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers, bool withAbstractOnly)
    {
        CorpusRecord[] records = [.. corpus.VenuesHeldOut.Where(r => WeakLabels.VenueGold(r.Venue) is not null && (!withAbstractOnly || r.Text.Abstract is not null))];
        var table = new EvaluationTable(
            $"Held-out conference papers{(withAbstractOnly ? " with abstracts" : ", all (ISMIR 2000-2015 and 2020 have titles only)")} (gold: venue)",
            $"{records.Length:#,0} papers of CVPR/ICCV/ECCV/WACV (image), ACL/EMNLP/NAACL/COLING (text), ISMIR (sound), buckets 80-99 of the stable split; each has exactly one gold modality");
        foreach (ResearchLabeller labeller in labellers)
        {
            var counts = new LabelCounts[ModalityLabels.Length];
            PaperAnalysis analysis = labeller.NewAnalysis();
            foreach (CorpusRecord record in records)
            {
                analysis.Load(record.Text.WithoutCategories());
                LabelledPaper labels = labeller.Label(analysis);
                string gold = WeakLabels.VenueGold(record.Venue)!;
                for (int l = 0; l < counts.Length; l++)
                {
                    counts[l] = counts[l].Add(labels.Has(ModalityLabels[l]), gold == ModalityLabels[l]);
                }
            }

            for (int l = 0; l < counts.Length; l++)
            {
                table.Add(labeller.Definition.Name, ModalityLabels[l], counts[l]);
            }
        }

        return table;
    }
}
