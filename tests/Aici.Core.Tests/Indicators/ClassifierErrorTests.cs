using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class ClassifierErrorTests
{
    [Fact]
    public void Precision_recall_and_factor_from_counts_and_from_rates()
    {
        var ai = new LabelAccuracy("ai", 90, 10, 30);
        Assert.Equal(0.9, ai.Precision, 12);
        Assert.Equal(0.75, ai.Recall, 12);
        Assert.Equal(1.2, ai.Factor, 12);
        LabelAccuracy rates = LabelAccuracy.FromRates("ai", 0.9, 0.75, 100);
        Assert.Equal(90, rates.TruePositives, 9);
        Assert.Equal(10, rates.FalsePositives, 9);
        Assert.Equal(30, rates.FalseNegatives, 9);
    }

    [Fact]
    public void Corrected_counts_are_observed_times_precision_over_recall_and_shares_do_not_move()
    {
        // ai: precision .9, recall .75 → × 1.2; "any": precision .8, recall .8 → × 1. Unmeasured labels: × 1.
        var error = new ClassifierError([new LabelAccuracy("ai", 90, 10, 30), new LabelAccuracy("any", 80, 20, 20)], seed: 1);
        Assert.Equal(1.2, error.Factor(ClassifierError.AnyLabels), 12);
        Assert.Equal(1, error.Factor(["gan"]), 12);

        var settings = new IndicatorSettings { GrowthFrom = 2017, GrowthTo = 2019, GrowthMinimum = 1, RcaMinimum = 1 };
        IndicatorSet plain = IndicatorSet.Measure(TinyCorpus.Papers, settings);
        IndicatorSet corrected = IndicatorSet.Measure(TinyCorpus.Papers, settings, error: error);
        // GB: 7 × 1.2 = 8.4; the world: 17 × 1.2 = 20.4.
        Assert.Equal(8.4, corrected.Headline[0].Corrected!.Value.Value, 9);
        Assert.Equal(20.4, corrected.WorldCorrected!.Value.Value, 9);
        Assert.Equal(plain.Headline.Select(r => r with { Corrected = null }), corrected.Headline.Select(r => r with { Corrected = null }));
        Assert.Equal(plain.Specialisation, corrected.Specialisation);
        Assert.Equal(2, corrected.Propagated.Count);
    }

    [Fact]
    public void Uncertain_accuracy_widens_the_count_intervals_reproducibly()
    {
        // Precision = recall = 4/6 on a tiny gold set: the point factor is 1, but each replicate draws its own.
        var error = new ClassifierError([new LabelAccuracy("ai", 4, 2, 2)], seed: 11);
        var settings = new IndicatorSettings { GrowthFrom = 2017, GrowthTo = 2019, GrowthMinimum = 1, RcaMinimum = 1 };
        IndicatorSet set = IndicatorSet.Measure(TinyCorpus.Papers, settings, new Bootstrap(400, 3), error);
        HeadlineRow gb = set.Headline[0];
        Assert.Equal(gb.Any.Value, gb.Corrected!.Value.Value, 12);
        static double Width(Interval i) => i.High - i.Low;
        Assert.True(Width(gb.Corrected.Value.Interval) > Width(gb.Any.Interval), $"{gb.Corrected.Value.Interval} vs {gb.Any.Interval}");
        Assert.True(gb.Corrected.Value.Interval.Contains(gb.Corrected.Value.Value));

        IndicatorSet again = IndicatorSet.Measure(TinyCorpus.Papers, settings, new Bootstrap(400, 3), new ClassifierError([new LabelAccuracy("ai", 4, 2, 2)], seed: 11));
        Assert.Equal(set.Headline, again.Headline);
    }

    [Fact]
    public void Replicate_factors_follow_the_beta_posteriors()
    {
        // Precision ~ Beta(91, 11), recall ~ Beta(91, 31): means .892 and .746, so the factor averages about 1.20.
        var error = new ClassifierError([new LabelAccuracy("ai", 90, 10, 30)], seed: 5);
        double[] factors = [.. Enumerable.Range(0, 4000).Select(r => error.Factor(["ai"], r))];
        Assert.InRange(factors.Average(), 1.17, 1.23);
        Assert.InRange(factors.Min(), 0.9, 1.2);
        Assert.InRange(factors.Max(), 1.2, 1.7);
        Assert.Equal(factors[17], error.Factor(["ai"], 17));
        Assert.NotEqual(factors[17], new ClassifierError([new LabelAccuracy("ai", 90, 10, 30)], seed: 6).Factor(["ai"], 17));
    }
}
