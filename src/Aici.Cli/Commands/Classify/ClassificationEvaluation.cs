using System.Globalization;

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

    /// <summary>The rows of the reading tables that score the proxy gold itself: arXiv categories, and venues.</summary>
    public const string ArxivProxy = "arxiv categories";

    public const string VenueProxy = "venue";

    /// <summary>
    /// Per definition and label (ai, image, sound, text): agreement with the categories of held-out arXiv records;
    /// each disagreement also goes to <paramref name="errors"/> when given.
    /// </summary>
    public static EvaluationTable Arxiv(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers, ClassificationErrors? errors = null)
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
                    bool predicted = labels.Has(WeakLabels.Labels[l]);
                    counts[l] = counts[l].Add(predicted, record.Targets[l] == 1);
                    errors?.Add("arxiv", labeller.Definition.Name, WeakLabels.Labels[l], predicted, record.Targets[l] == 1, record,
                        "categories: " + string.Join(' ', record.Text.Categories), labels, analysis);
                }
            }

            for (int l = 0; l < counts.Length; l++)
            {
                table.Add(labeller.Definition.Name, WeakLabels.Labels[l], counts[l]);
            }
        }

        return table;
    }

    /// <summary>
    /// The same held-out arXiv records with their categories visible, as <c>aici classify</c> reads arXiv records by
    /// default. The gold is the categories, so definitions that read them are right on every category-derived label
    /// by construction; the table shows what the phrases and the model add on top (false positives) and what the
    /// text-only definitions miss.
    /// </summary>
    public static EvaluationTable ArxivWithCategories(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers)
    {
        CorpusRecord[] records = [.. corpus.ArxivHeldOut];
        var table = new EvaluationTable(
            "Held-out arXiv records, categories visible (gold: the same categories; for reference only)",
            $"{records.Length:#,0} records (buckets 80-99 of the stable split)");
        foreach (ResearchLabeller labeller in labellers)
        {
            var counts = new LabelCounts[WeakLabels.Labels.Length];
            PaperAnalysis analysis = labeller.NewAnalysis();
            foreach (CorpusRecord record in records)
            {
                analysis.Load(record.Text);
                LabelledPaper labels = labeller.Label(analysis);
                for (int l = 0; l < counts.Length; l++)
                {
                    counts[l] = counts[l].Add(labels.Has(WeakLabels.Labels[l]), record.Targets[l] == 1);
                }
            }

            for (int l = 0; l < counts.Length; l++)
            {
                table.Add(labeller.Definition.Name + "+cat", WeakLabels.Labels[l], counts[l]);
            }
        }

        return table;
    }

    /// <summary>
    /// Per definition and modality: agreement with the venue of held-out conference papers; each disagreement also
    /// goes to <paramref name="errors"/> when given.
    /// </summary>
    public static EvaluationTable Venues(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers, bool withAbstractOnly, ClassificationErrors? errors = null)
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
                    bool predicted = labels.Has(ModalityLabels[l]);
                    counts[l] = counts[l].Add(predicted, gold == ModalityLabels[l]);
                    errors?.Add("venues", labeller.Definition.Name, ModalityLabels[l], predicted, gold == ModalityLabels[l], record,
                        "venue: " + record.Venue, labels, analysis);
                }
            }

            for (int l = 0; l < counts.Length; l++)
            {
                table.Add(labeller.Definition.Name, ModalityLabels[l], counts[l]);
            }
        }

        return table;
    }

    /// <summary>
    /// Per definition, and for the proxy gold itself (the categories or the venue, scored as if it were a classifier),
    /// agreement with a reader's labels on the held-out records of <paramref name="table"/> ("arxiv" or "venues"),
    /// text only, and for arXiv records again with their categories visible ("+cat" rows, as a run reads them). Each
    /// label counts only the records the reader decided it for; records not read are left out.
    /// </summary>
    public static EvaluationTable AgainstReader(TrainingCorpus corpus, IReadOnlyList<ResearchLabeller> labellers, ReaderLabels reader, string table)
    {
        bool arxiv = table == "arxiv";
        CorpusRecord[] records = arxiv
            ? [.. corpus.ArxivHeldOut]
            : [.. corpus.VenuesHeldOut.Where(r => WeakLabels.VenueGold(r.Venue) is not null && r.Text.Abstract is not null)];
        string[] labels = [.. WeakLabels.Labels.Where(reader.Labels.Contains)];
        int[] decided = [.. labels.Select(l => records.Count(r => reader.Gold(table, r.Id, l) is not null))];
        var result = new EvaluationTable(
            arxiv ? "Held-out arXiv records, text only (gold: a blind reading)" : "Held-out conference papers with abstracts (gold: a blind reading)",
            string.Create(CultureInfo.InvariantCulture, $"{records.Length:#,0} records; read and decided: {string.Join(", ", labels.Select((l, i) => $"{l} {decided[i]:#,0}"))}; the row '{(arxiv ? ArxivProxy : VenueProxy)}' scores the proxy gold itself against the reading"));
        string proxy = arxiv ? ArxivProxy : VenueProxy;
        var proxyCounts = new LabelCounts[labels.Length];
        foreach (CorpusRecord record in records)
        {
            for (int l = 0; l < labels.Length; l++)
            {
                if (reader.Gold(table, record.Id, labels[l]) is bool gold)
                {
                    bool said = arxiv ? record.Targets[Array.IndexOf(WeakLabels.Labels, labels[l])] == 1 : WeakLabels.VenueGold(record.Venue) == labels[l];
                    proxyCounts[l] = proxyCounts[l].Add(said, gold);
                }
            }
        }

        for (int l = 0; l < labels.Length; l++)
        {
            result.Add(proxy, labels[l], proxyCounts[l]);
        }

        // arXiv records also with their categories visible, as a run reads them ("+cat" rows)
        foreach ((ResearchLabeller labeller, bool visible) in labellers.Select(l => (l, false)).Concat(labellers.Where(_ => arxiv).Select(l => (l, true))))
        {
            LabelCounts[] counts = Score(records, labeller, visible, labels, (record, l) => reader.Gold(table, record.Id, labels[l]));
            for (int l = 0; l < labels.Length; l++)
            {
                result.Add(labeller.Definition.Name + (visible ? "+cat" : ""), labels[l], counts[l]);
            }
        }

        return result;
    }

    /// <summary>
    /// The labels decided by phrase rules alone, the same under every definition (techniques, media, creative
    /// domains), each with the name of its group's list in the dev set and the reader's files.
    /// </summary>
    public static List<(string List, string Label)> RuleLabels(ResearchRules rules)
    {
        var labels = new List<(string List, string Label)>();
        foreach ((Core.Taxonomy.Taxonomy taxonomy, LabelGroup group) in rules.Taxonomies)
        {
            string? list = group switch
            {
                LabelGroup.Technique => "techniques",
                LabelGroup.Media => "media",
                LabelGroup.CreativeDomain => "creative_domains",
                _ => null,
            };
            if (list is not null)
            {
                labels.AddRange(taxonomy.Labels.Select(l => (list, l.Name)));
            }
        }

        return labels;
    }

    /// <summary>The rows of the labels a confirming model decides, by their phrases alone (text only).</summary>
    public const string PhrasesAlone = "phrases alone";

    /// <summary>
    /// Techniques, media and creative domains, decided by their phrase rules, against a reader who read those groups
    /// whole on held-out arXiv records: text only ("rules") and with categories visible ("rules+cat", as a run reads
    /// them); the phrases of labels a confirming model confirms count only where it agrees, and those labels are
    /// scored by their phrases alone too (<see cref="PhrasesAlone"/>). Each label counts only the records the reader
    /// decided it for.
    /// </summary>
    public static EvaluationTable RulesAgainstReader(TrainingCorpus corpus, ResearchLabeller labeller, ReaderLabels reader)
    {
        CorpusRecord[] records = [.. corpus.ArxivHeldOut];
        (string List, string Label)[] labels = [.. RuleLabels(labeller.Rules).Where(l => reader.GroupsRead.Contains(l.List))];
        int read = records.Count(r => labels.Any(l => reader.Gold("arxiv", r.Id, l.Label, l.List) is not null));
        var table = new EvaluationTable(
            "Held-out arXiv records: techniques, media and creative domains by their phrase rules (gold: a blind reading)",
            string.Create(CultureInfo.InvariantCulture, $"{records.Length:#,0} records, {read:#,0} read for {string.Join(", ", reader.GroupsRead)}; 'rules' text only, 'rules+cat' with categories visible"));
        string[] names = [.. labels.Select(l => l.Label)];
        foreach (bool visible in (bool[])[false, true])
        {
            LabelCounts[] counts = Score(records, labeller, visible, names, (record, l) => reader.Gold("arxiv", record.Id, labels[l].Label, labels[l].List));
            for (int l = 0; l < labels.Length; l++)
            {
                table.Add(visible ? "rules+cat" : "rules", labels[l].Label, counts[l]);
            }
        }

        // with a confirming model, the phrases alone beside it: what the model adds
        ResearchLabeller? phrasesOnly = null;
        int[] confirmed = [];
        if (labeller.Rules.Confirmer is not null)
        {
            ResearchRules alone = labeller.Rules.WithConfirmer(null);
            phrasesOnly = new ResearchLabeller(alone, AiDefinitions.Create(PhrasesDefinition.DefinitionName, alone));
            confirmed = [.. Enumerable.Range(0, labels.Length).Where(l => labeller.Rules.ConfirmColumn(labeller.Rules.Phrases.IndexOf(names[l])) >= 0)];
            LabelCounts[] counts = Score(records, phrasesOnly, false, names, (record, l) => reader.Gold("arxiv", record.Id, labels[l].Label, labels[l].List));
            foreach (int l in confirmed)
            {
                table.Add(PhrasesAlone, labels[l].Label, counts[l]);
            }
        }

        // held-out conference papers read whole (a sample chosen by some labels' phrases: rows for those who read it)
        CorpusRecord[] venues = [.. corpus.VenuesHeldOut.Where(r => labels.Any(l => reader.Gold("venues", r.Id, l.Label, l.List) is not null))];
        if (venues.Length > 0)
        {
            bool? VenueGold(CorpusRecord record, int l) => reader.Gold("venues", record.Id, labels[l].Label, labels[l].List);
            LabelCounts[] counts = Score(venues, labeller, false, names, VenueGold);
            for (int l = 0; l < labels.Length; l++)
            {
                table.Add(VenueRules, labels[l].Label, counts[l]);
            }

            if (phrasesOnly is not null)
            {
                LabelCounts[] alone = Score(venues, phrasesOnly, false, names, VenueGold);
                foreach (int l in confirmed)
                {
                    table.Add(VenuePhrasesAlone, labels[l].Label, alone[l]);
                }
            }
        }

        return table;
    }

    /// <summary>The rows of held-out conference papers read whole: decided as a run decides them, text only.</summary>
    public const string VenueRules = "venues: rules";

    /// <summary>The same papers' confirmed labels by their phrases alone.</summary>
    public const string VenuePhrasesAlone = "venues: phrases alone";

    // Per label, the labeller's decisions on the records (categories visible or hidden) against the gold that
    // gold(record, label index) gives; a record whose gold is null is not counted for that label.
    private static LabelCounts[] Score(
        IEnumerable<CorpusRecord> records, ResearchLabeller labeller, bool categoriesVisible, string[] labels, Func<CorpusRecord, int, bool?> gold)
    {
        var counts = new LabelCounts[labels.Length];
        PaperAnalysis analysis = labeller.NewAnalysis();
        foreach (CorpusRecord record in records)
        {
            analysis.Load(categoriesVisible ? record.Text : record.Text.WithoutCategories());
            LabelledPaper labelled = labeller.Label(analysis);
            for (int l = 0; l < labels.Length; l++)
            {
                if (gold(record, l) is bool g)
                {
                    counts[l] = counts[l].Add(labelled.Has(labels[l]), g);
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// The hand-labelled dev set: <c>ai</c> per definition (categories as the records give them), then every technique,
    /// medium and creative domain (decided by their phrase rules, the same under every definition).
    /// </summary>
    public static EvaluationTable DevSet(IReadOnlyList<DevRecord> records, IReadOnlyList<ResearchLabeller> labellers)
    {
        var table = new EvaluationTable(
            "Hand-labelled dev set (tests/devset, invented records written for Aici)",
            $"{records.Count:#,0} records, categories as given; techniques, media and creative domains by their phrase rules");
        foreach (ResearchLabeller labeller in labellers)
        {
            var ai = default(LabelCounts);
            foreach (DevRecord record in records.Where(r => r.Ai is not null))
            {
                ai = ai.Add(labeller.Label(record.Text).Ai.IsAi, record.Ai == true);
            }

            table.Add(labeller.Definition.Name, LabelNames.Ai, ai);
        }

        ResearchLabeller rules = labellers[0];
        List<(string List, string Label)> labels = RuleLabels(rules.Rules);

        LabelledPaper[] labelled = [.. records.Select(r => rules.Label(r.Text))];
        foreach ((string list, string label) in labels)
        {
            var counts = default(LabelCounts);
            for (int i = 0; i < records.Count; i++)
            {
                if (records[i].Gold.TryGetValue(list, out IReadOnlySet<string>? gold))
                {
                    counts = counts.Add(labelled[i].Has(label), gold.Contains(label));
                }
            }

            table.Add("rules", label, counts);
        }

        return table;
    }
}
