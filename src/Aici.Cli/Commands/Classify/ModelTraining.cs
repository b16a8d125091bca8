using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Classify.Model;
using Aici.Core.Classify.Model.Training;
using Aici.Sources;

namespace Aici.Cli.Commands.Classify;

/// <summary>Trains the research model, or a confirming model of one label group, on the training side of a <see cref="TrainingCorpus"/>.</summary>
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

    /// <summary>
    /// A confirming model of label group <paramref name="group"/> (<c>creative_domains</c>, <c>media</c>,
    /// <c>techniques</c>: a list name of the reader's files): one label per label of the group's taxonomy, trained on
    /// the training-side records whose group the reader read whole; each label decided by its phrases, or by its
    /// phrases and the model, whichever cross-validates better (weighted by what each record stands for).
    /// </summary>
    /// <exception cref="InputException">The group is unknown or has no taxonomy, or nothing was read for it.</exception>
    public static (LinearModel Model, IReadOnlyList<LabelReport> Report) TrainConfirmer(
        TrainingCorpus corpus, ResearchRules phraseRules, string group, IReadOnlyList<string> readerPaths, string name, string version, DateOnly trained)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(phraseRules);
        string[] labels = [.. ClassificationEvaluation.RuleLabels(phraseRules).Where(l => l.List == group).Select(l => l.Label)];
        if (labels.Length == 0)
        {
            throw new InputException($"--confirm: '{group}' is not a label group with a taxonomy here (one of {string.Join(", ", ReaderLabels.Groups)})");
        }

        var analysis = new PaperAnalysis(phraseRules);
        int[] columns = [.. labels.Select(phraseRules.Phrases.IndexOf)];
        bool[] Phrases(PaperText text)
        {
            analysis.Load(text);
            return [.. columns.Select(analysis.Matches.ByPhrases)];
        }

        List<TrainingPaper> papers = corpus.ConfirmingPapers(group, labels, Phrases);
        TrainingSettings settings = TrainingSettings.Confirmer;
        var info = new ModelInfo(name, version, trained, settings.Features)
        {
            TrainingData = corpus.FilesFor(group, readerPaths),
            Split = StableSplit.Description,
            Training = settings.Describe(),
        };
        return ModelTrainer.Train(papers, labels, settings, info);
    }
}
