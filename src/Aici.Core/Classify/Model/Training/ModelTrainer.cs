namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Trains a <see cref="LinearModel"/>: features of every training paper, a vocabulary of the features found in enough
/// papers, k-fold cross-validation over the training papers (folds by <see cref="StableSplit.Fold"/>) whose
/// out-of-fold probabilities choose each label's threshold and text method on the tuning papers, then the final fit on
/// all training papers. Deterministic: same papers and settings,
/// same model.
/// </summary>
public static class ModelTrainer
{
    public static (LinearModel Model, IReadOnlyList<LabelReport> Report) Train(
        IReadOnlyList<TrainingPaper> papers, IReadOnlyList<string> labels, TrainingSettings settings, ModelInfo info)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(info);
        (List<(ulong Id, float Value)[]> docs, string[] names, ulong[] ids) = Extract(papers, settings);
        var rowOf = new Dictionary<ulong, int>(ids.Length);
        for (int r = 0; r < ids.Length; r++)
        {
            rowOf.Add(ids[r], r);
        }

        TrainingExample[] examples = [.. docs.Select((d, i) => Example(d, rowOf, papers[i].Targets))];
        // the folds and the final fit are independent: trained side by side, each deterministic on its own
        var fits = new (float[] Weights, double[] Biases)[settings.Folds + 1];
        int[] folds = [.. papers.Select(p => StableSplit.Fold(p.Id, settings.Folds))];
        Parallel.For(0, fits.Length, f => fits[f] = Fit(
            f < settings.Folds ? [.. examples.Where((_, i) => folds[i] != f)] : examples, names.Length, labels.Count, settings));
        double[][] outOfFold = OutOfFold(examples, folds, fits, labels.Count);
        (float[] weights, double[] biases) = fits[^1];
        var reports = new List<LabelReport>();
        List<ModelLabel> modelLabels = [];
        for (int l = 0; l < labels.Count; l++)
        {
            LabelReport report = Choose(papers, outOfFold, l, labels[l], settings.Confirming, folds);
            if (settings.Confirming && report.Method == LabelMethod.Both)
            {
                report = Calibrate(papers, outOfFold, l, report, weights, biases, labels.Count);
            }

            reports.Add(report);
            modelLabels.Add(new ModelLabel(labels[l], biases[l], report.Threshold, report.Method)
            {
                CrossValidatedF1 = report.Counts.ToDictionary(c => Name(c.Key), c => Math.Round(c.Value.F1, 4)),
            });
        }

        if (settings.Confirming)
        {
            // a confirming model keeps only the labels it confirms: the others are decided by their phrases anyway
            int[] confirmed = [.. Enumerable.Range(0, labels.Count).Where(l => modelLabels[l].Method == LabelMethod.Both)];
            if (confirmed.Length == 0)
            {
                throw new ArgumentException("the model confirms no label: for every one, its phrases alone did as well", nameof(papers));
            }

            (weights, modelLabels) = (Columns(weights, labels.Count, confirmed), [.. confirmed.Select(l => modelLabels[l])]);
        }

        (string[] keptNames, float[] keptWeights) = Prune(names, weights, modelLabels.Count, int.MaxValue);
        return (new LinearModel(info, modelLabels, [.. keptNames.Select(n => WordHash.OfName(n))], keptWeights), reports);
    }

    // the weight columns of the given labels, row-major
    private static float[] Columns(float[] weights, int labels, int[] kept)
    {
        int rows = weights.Length / labels;
        var result = new float[rows * kept.Length];
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < kept.Length; k++)
            {
                result[(r * kept.Length) + k] = weights[(r * labels) + kept[k]];
            }
        }

        return result;
    }

    // One fit; with KeepByWeight, a first fit picks the features with the largest weights and a second fit uses only
    // those (dropped features keep weight 0). Done inside each cross-validation fold, so no fold sees its own labels
    // through the choice.
    private static (float[] Weights, double[] Biases) Fit(TrainingExample[] examples, int features, int labels, TrainingSettings settings)
    {
        (float[] weights, double[] biases) = LogisticTrainer.Train(examples, features, labels, settings.Trainer);
        if (settings.KeepByWeight <= 0 || settings.KeepByWeight >= features)
        {
            return (weights, biases);
        }

        int[] kept = [.. Enumerable.Range(0, features).OrderByDescending(r => MaxAbs(weights, r, labels)).ThenBy(r => r).Take(settings.KeepByWeight).Order()];
        var newRow = new int[features];
        newRow.AsSpan().Fill(-1);
        for (int i = 0; i < kept.Length; i++)
        {
            newRow[kept[i]] = i;
        }

        TrainingExample[] restricted = [.. examples.Select(e => Restrict(e, newRow))];
        (float[] small, double[] smallBiases) = LogisticTrainer.Train(restricted, kept.Length, labels, settings.Trainer);
        var full = new float[features * labels];
        for (int i = 0; i < kept.Length; i++)
        {
            Array.Copy(small, i * labels, full, kept[i] * labels, labels);
        }

        return (full, smallBiases);
    }

    private static TrainingExample Restrict(TrainingExample example, int[] newRow)
    {
        var rows = new List<int>(example.Rows.Length);
        var values = new List<float>(example.Rows.Length);
        for (int i = 0; i < example.Rows.Length; i++)
        {
            if (newRow[example.Rows[i]] >= 0)
            {
                rows.Add(newRow[example.Rows[i]]);
                values.Add(example.Values[i]);
            }
        }

        return new TrainingExample([.. rows], [.. values], example.Targets);
    }

    // A confirming label's margins scaled (Platt) on the out-of-fold scores of the tuning papers whose phrases match,
    // so that its probability is that of the label among them; the threshold moves with them and every decision stays
    // the same. Changes the final fit's weights and bias of the label in place.
    private static LabelReport Calibrate(IReadOnlyList<TrainingPaper> papers, double[][] outOfFold, int label, LabelReport report, float[] weights, double[] biases, int labels)
    {
        (double a, double b) = PlattScaling.Fit([.. Enumerable.Range(0, papers.Count)
            .Where(i => papers[i].Tunes && papers[i].Targets[label] >= 0 && papers[i].PhraseDecisions[label])
            .Select(i => (PlattScaling.Logit(outOfFold[i][label]), papers[i].Targets[label] == 1, papers[i].Weight))]);
        for (int r = label; r < weights.Length; r += labels)
        {
            weights[r] = (float)(weights[r] * a);
        }

        biases[label] = (a * biases[label]) + b;
        return report with { Threshold = LinearModel.Sigmoid((a * PlattScaling.Logit(report.Threshold)) + b) };
    }

    /// <summary>"model", "phrases", "either", "both": how a model file names a method.</summary>
    public static string Name(LabelMethod method) => method.ToString().ToLowerInvariant();

    // Each paper's features (id and summed, scaled value) and the vocabulary: ids in enough papers, sorted by name.
    private static (List<(ulong Id, float Value)[]> Docs, string[] Names, ulong[] Ids) Extract(IReadOnlyList<TrainingPaper> papers, TrainingSettings settings)
    {
        var words = new WordList();
        var buffer = new FeatureBuffer();
        var documents = new Dictionary<ulong, int>();
        var names = new Dictionary<ulong, string>();
        var docs = new List<(ulong Id, float Value)[]>(papers.Count);
        var sums = new Dictionary<ulong, float>();
        foreach (TrainingPaper paper in papers)
        {
            words.Clear();
            words.AddSegment(paper.Text.Title);
            if (paper.Text.Abstract is { } abstractText)
            {
                words.AddSegment(abstractText);
            }

            buffer.Fill(words, settings.Features);
            sums.Clear();
            ReadOnlySpan<ulong> featureIds = buffer.Ids;
            for (int i = 0; i < featureIds.Length; i++)
            {
                ulong id = featureIds[i];
                if (!sums.TryGetValue(id, out float sum))
                {
                    documents[id] = documents.GetValueOrDefault(id) + 1;
                    if (!names.ContainsKey(id))
                    {
                        names.Add(id, FeatureBuffer.Name(words, buffer.Words[i]));
                    }
                }

                sums[id] = sum + buffer.Counts[i];
            }

            float scale = buffer.TotalWeight > 0 ? (float)(1.0 / Math.Sqrt(buffer.TotalWeight)) : 0f;
            docs.Add([.. sums.Select(s => (s.Key, s.Value * scale))]);
        }

        // the features of enough papers; when too many, those of the most papers (chosen without labels, so that
        // cross-validation sees no label through the choice)
        string[] kept = [.. documents.Where(d => d.Value >= settings.MinDocuments)
            .Select(d => (Name: names[d.Key], Documents: d.Value))
            .Where(d => settings.FunctionWords || !OfFunctionWordsOnly(d.Name))
            .OrderByDescending(d => d.Documents).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Take(settings.MaxFeatures)
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal)];
        ulong[] ids = [.. kept.Select(n => WordHash.OfName(n))];
        return (docs, kept, ids);
    }

    // "the", "of the": a feature whose every word is a stop word
    private static bool OfFunctionWordsOnly(string name)
    {
        foreach (string word in name.Split(' '))
        {
            if (!Vocabulary.StopWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static TrainingExample Example((ulong Id, float Value)[] doc, Dictionary<ulong, int> rowOf, sbyte[] targets)
    {
        var features = new List<(int Row, float Value)>(doc.Length);
        foreach ((ulong id, float value) in doc)
        {
            if (rowOf.TryGetValue(id, out int row))
            {
                features.Add((row, value));
            }
        }

        features.Sort((a, b) => a.Row.CompareTo(b.Row));
        return new TrainingExample([.. features.Select(f => f.Row)], [.. features.Select(f => f.Value)], targets);
    }

    // Each training paper scored by the fit of the folds without it.
    private static double[][] OutOfFold(TrainingExample[] examples, int[] folds, (float[] Weights, double[] Biases)[] fits, int labels)
    {
        var result = new double[examples.Length][];
        for (int i = 0; i < examples.Length; i++)
        {
            (float[] weights, double[] biases) = fits[folds[i]];
            TrainingExample e = examples[i];
            result[i] = new double[labels];
            for (int l = 0; l < labels; l++)
            {
                double margin = biases[l];
                for (int k = 0; k < e.Rows.Length; k++)
                {
                    margin += e.Values[k] * weights[(e.Rows[k] * labels) + l];
                }

                result[i][l] = LinearModel.Sigmoid(margin);
            }
        }

        return result;
    }

    private static LabelReport Choose(IReadOnlyList<TrainingPaper> papers, double[][] outOfFold, int label, string name, bool confirming, int[] folds)
    {
        bool hasPhrases = papers.Count > 0 && papers[0].PhraseDecisions.Length > label;
        if (confirming && !hasPhrases)
        {
            throw new ArgumentException($"a confirming model needs the phrase decisions of label '{name}'", nameof(papers));
        }

        int[] tuning = [.. Enumerable.Range(0, papers.Count).Where(i => papers[i].Tunes && papers[i].Targets[label] >= 0)];
        bool Gold(int i) => papers[i].Targets[label] == 1;
        bool Phrases(int i) => hasPhrases && papers[i].PhraseDecisions[label];

        // A confirming model's threshold is the one that makes "phrases and model" best; the papers the phrases miss
        // are its false negatives whatever the threshold. Otherwise the threshold that makes the model alone best.
        (double threshold, _) = confirming
            ? ThresholdSearch.BestF1([.. tuning.Where(Phrases).Select(i => (outOfFold[i][label], Gold(i), papers[i].Weight))],
                tuning.Where(i => !Phrases(i) && Gold(i)).Sum(i => papers[i].Weight))
            : ThresholdSearch.BestF1([.. tuning.Select(i => (outOfFold[i][label], Gold(i), papers[i].Weight))]);
        var counts = new Dictionary<LabelMethod, WeightedCounts>();
        LabelMethod[] methods = confirming ? [LabelMethod.Phrases, LabelMethod.Both]
            : hasPhrases ? [LabelMethod.Model, LabelMethod.Phrases, LabelMethod.Either, LabelMethod.Both] : [LabelMethod.Model];
        // a confirming model's "both" is judged nested, below
        foreach (LabelMethod method in methods.Where(m => !confirming || m != LabelMethod.Both))
        {
            var c = default(WeightedCounts);
            foreach (int i in tuning)
            {
                bool model = outOfFold[i][label] >= threshold;
                bool phrases = Phrases(i);
                bool predicted = method switch
                {
                    LabelMethod.Model => model,
                    LabelMethod.Phrases => phrases,
                    LabelMethod.Either => model || phrases,
                    _ => model && phrases,
                };
                c = c.Add(predicted, Gold(i), papers[i].Weight);
            }

            counts[method] = c;
        }

        if (confirming)
        {
            // judged with a threshold chosen without the papers it is judged on (see Nested), so that a small label's
            // luck in the choice of its threshold does not make the model look better than its phrases
            counts[LabelMethod.Both] = Nested(papers, outOfFold, label, tuning, folds);
        }

        // The ai label is the model definition's own: always the model. Others: the best F1 (on ties the model, and
        // for a confirming model the phrases alone).
        LabelMethod chosen = name == Taxonomy.LabelNames.Ai
            ? LabelMethod.Model
            : methods.OrderByDescending(m => Math.Round(counts[m].F1, 6)).ThenBy(m => m).First();
        return new LabelReport(name, threshold, chosen, counts);
    }

    // "Phrases and model" with the threshold for each fold's papers chosen on the other folds' out-of-fold scores: an
    // estimate of its F1 without the optimism of choosing the threshold on the papers it is scored on.
    private static WeightedCounts Nested(IReadOnlyList<TrainingPaper> papers, double[][] outOfFold, int label, int[] tuning, int[] folds)
    {
        var counts = default(WeightedCounts);
        foreach (int fold in tuning.Select(i => folds[i]).Distinct().Order())
        {
            int[] inner = [.. tuning.Where(i => folds[i] != fold)];
            (double threshold, _) = ThresholdSearch.BestF1(
                [.. inner.Where(i => papers[i].PhraseDecisions[label]).Select(i => (outOfFold[i][label], papers[i].Targets[label] == 1, papers[i].Weight))],
                inner.Where(i => !papers[i].PhraseDecisions[label] && papers[i].Targets[label] == 1).Sum(i => papers[i].Weight));
            foreach (int i in tuning.Where(i => folds[i] == fold))
            {
                counts = counts.Add(papers[i].PhraseDecisions[label] && outOfFold[i][label] >= threshold, papers[i].Targets[label] == 1, papers[i].Weight);
            }
        }

        return counts;
    }

    private static (string[] Names, float[] Weights) Prune(string[] names, float[] weights, int labels, int max)
    {
        int[] rows = [.. Enumerable.Range(0, names.Length)];
        if (names.Length > max)
        {
            rows = [.. rows.OrderByDescending(r => MaxAbs(weights, r, labels)).ThenBy(r => r).Take(max).Order()];
        }

        // drop features whose every weight is zero after rounding to float
        rows = [.. rows.Where(r => MaxAbs(weights, r, labels) > 0)];
        var kept = new float[rows.Length * labels];
        for (int i = 0; i < rows.Length; i++)
        {
            Array.Copy(weights, rows[i] * labels, kept, i * labels, labels);
        }

        return ([.. rows.Select(r => names[r])], kept);
    }

    private static float MaxAbs(float[] weights, int row, int labels)
    {
        float max = 0;
        for (int l = 0; l < labels; l++)
        {
            max = Math.Max(max, Math.Abs(weights[(row * labels) + l]));
        }

        return max;
    }
}
