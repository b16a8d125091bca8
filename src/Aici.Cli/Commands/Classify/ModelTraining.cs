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
        List<TrainingPaper> papers = corpus.TrainingPapers(PhraseDecisions(phraseRules, WeakLabels.Labels));
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
        List<TrainingPaper> papers = corpus.ConfirmingPapers(labels, PhraseDecisions(phraseRules, [.. labels.Select(l => l.Label)]));
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

    // Whether the phrase rules carry each of the named labels in a paper's text (false for a label they do not define).
    private static Func<PaperText, bool[]> PhraseDecisions(ResearchRules rules, IReadOnlyList<string> labels)
    {
        var analysis = new PaperAnalysis(rules);
        int[] columns = [.. labels.Select(rules.Phrases.IndexOf)];
        return text =>
        {
            analysis.Load(text);
            return [.. columns.Select(l => l >= 0 && analysis.Matches.ByPhrases(l))];
        };
    }
}
