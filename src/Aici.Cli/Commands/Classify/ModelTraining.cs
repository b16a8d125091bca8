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
    /// A confirming model of label groups <paramref name="groups"/> (<c>media</c>, <c>creative_domains</c>,
    /// <c>techniques</c>: list names of the reader's files): one label per label of the groups' taxonomies, trained on
    /// the training-side records whose groups the reader read whole; each label decided by its phrases, or by its
    /// phrases and the model, whichever cross-validates better (weighted by what each record stands for).
    /// </summary>
    /// <exception cref="InputException">A group is unknown or has no taxonomy, or nothing was read for them.</exception>
    public static (LinearModel Model, IReadOnlyList<LabelReport> Report) TrainConfirmer(
        TrainingCorpus corpus, ResearchRules phraseRules, IReadOnlyList<string> groups, IReadOnlyList<string> readerPaths, string name, string version, DateOnly trained)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(phraseRules);
        ArgumentNullException.ThrowIfNull(groups);
        List<(string List, string Label)> all = ClassificationEvaluation.RuleLabels(phraseRules);
        if (groups.FirstOrDefault(g => all.All(l => l.List != g)) is { } unknown)
        {
            throw new InputException($"--confirm: '{unknown}' is not a label group with a taxonomy here (one of {string.Join(", ", ReaderLabels.Groups)})");
        }

        (string Group, string Label)[] labels = [.. all.Where(l => groups.Contains(l.List))];
        var analysis = new PaperAnalysis(phraseRules);
        int[] columns = [.. labels.Select(l => phraseRules.Phrases.IndexOf(l.Label))];
        bool[] Phrases(PaperText text)
        {
            analysis.Load(text);
            return [.. columns.Select(analysis.Matches.ByPhrases)];
        }

        List<TrainingPaper> papers = corpus.ConfirmingPapers(labels, Phrases);
        TrainingSettings settings = TrainingSettings.Confirmer;
        var info = new ModelInfo(name, version, trained, settings.Features)
        {
            TrainingData = corpus.FilesFor(groups, readerPaths),
            Split = StableSplit.Description,
            Training = settings.Describe(),
        };
        try
        {
            return ModelTrainer.Train(papers, [.. labels.Select(l => l.Label)], settings, info);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"--confirm {string.Join(' ', groups)}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
    }
}
