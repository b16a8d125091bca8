using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;

namespace Aici.Cli.Commands.Classify;

/// <summary>Trains the research model on the training side of a <see cref="TrainingCorpus"/>.</summary>
internal static class ModelTraining
{
    public static (LinearModel Model, IReadOnlyList<LabelReport> Report) Train(
        TrainingCorpus corpus, ResearchRules phraseRules, string name, string version, DateOnly trained, TrainingSettings settings)
    {
        var analysis = new PaperAnalysis(phraseRules);
        int[] labels = [.. WeakLabels.Labels.Select(phraseRules.Phrases.IndexOf)];
        bool[] Phrases(PaperText text)
        {
            analysis.Load(text);
            return [.. labels.Select(l => l >= 0 && analysis.Matches.ByPhrases(l))];
        }

        List<TrainingPaper> papers = corpus.TrainingPapers(Phrases);
        var info = new ModelInfo(name, version, trained, settings.Features)
        {
            TrainingData = corpus.Files,
            Split = StableSplit.Description,
            Training = settings.Describe(),
        };
        return ModelTrainer.Train(papers, WeakLabels.Labels, settings, info);
    }
}
