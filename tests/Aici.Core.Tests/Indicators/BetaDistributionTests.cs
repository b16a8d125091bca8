using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class BetaDistributionTests
{
    [Theory]
    [InlineData(0.3, 2.5, 7.25, 0.660482273581907)]          // reference values from mpmath's betainc, 30 digits
    [InlineData(0.9, 2115, 181, 0.000216689240440062)]
    [InlineData(0.5, 3, 3, 0.5)]                             // symmetric
    public void The_cdf_matches_reference_values(double x, double a, double b, double expected) =>
        Assert.Equal(expected, BetaDistribution.Cdf(x, a, b), expected * 1e-9);

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void The_cdf_matches_closed_forms(double x)
    {
        Assert.Equal(x, BetaDistribution.Cdf(x, 1, 1), 1e-12);                                     // uniform
        Assert.Equal(x * x * x, BetaDistribution.Cdf(x, 3, 1), 1e-12);                             // x^a
        Assert.Equal(1 - Math.Pow(1 - x, 4), BetaDistribution.Cdf(x, 1, 4), 1e-12);               // 1 − (1 − x)^b
        Assert.Equal((3 * x * x) - (2 * x * x * x), BetaDistribution.Cdf(x, 2, 2), 1e-12);
    }

    [Theory]
    [InlineData(4, 5, 0.157012770487058, 0.755136783633448)]   // quantiles 0.025 and 0.975, from mpmath
    [InlineData(2, 4, 0.0527449505263169, 0.716417936118089)]
    [InlineData(2115, 181, 0.909804763178955, 0.931834962410468)]
    public void Quantiles_match_reference_values(double a, double b, double low, double high)
    {
        Assert.Equal(low, BetaDistribution.Quantile(0.025, a, b), 1e-9);
        Assert.Equal(high, BetaDistribution.Quantile(0.975, a, b), 1e-9);
    }

    [Theory]
    [InlineData(3, 4, 0.0989882784425079, 0.815948432359917)]   // 3 right of 7 labelled
    [InlineData(180, 20, 0.849787212132244, 0.937840633745934)]
    public void Exact_intervals_match_reference_values(double successes, double failures, double low, double high)
    {
        Interval interval = BetaDistribution.ClopperPearson(successes, failures);
        Assert.Equal(low, interval.Low, 1e-9);
        Assert.Equal(high, interval.High, 1e-9);
    }

    [Fact]
    public void Exact_intervals_reach_the_ends_and_hold_the_proportion()
    {
        // 1 of 1: the proportion is 1, so the interval must reach it; its low end solves p^1 = 0.025
        Interval one = BetaDistribution.ClopperPearson(1, 0);
        Assert.Equal(0.025, one.Low, 1e-9);
        Assert.Equal(1, one.High);
        Assert.Equal(0, BetaDistribution.ClopperPearson(0, 5).Low);
        Assert.True(BetaDistribution.ClopperPearson(7.5, 2.25).Contains(7.5 / 9.75));          // pseudo-counts
    }

    [Fact]
    public void Log_gamma_matches_factorials_and_the_reflection()
    {
        Assert.Equal(Math.Log(120), BetaDistribution.LogGamma(6), 1e-12);
        Assert.Equal(0.5 * Math.Log(Math.PI), BetaDistribution.LogGamma(0.5), 1e-12);
        Assert.Equal(1.09579799481807556, BetaDistribution.LogGamma(0.3), 1e-12);
        Assert.Equal(15469.6184600304839, BetaDistribution.LogGamma(2296), 1e-8);
    }

    [Fact]
    public void Bad_shapes_and_probabilities_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaDistribution.Cdf(0.5, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaDistribution.Quantile(1.5, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaDistribution.ClopperPearson(1, 1, level: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaDistribution.ClopperPearson(0, 0));
    }

    [Fact]
    public void A_label_accuracy_gives_the_intervals_of_its_precision_and_recall()
    {
        var accuracy = new LabelAccuracy("advertising_marketing", 3, 4, 1);
        Assert.Equal(0.0989882784425079, accuracy.PrecisionInterval.Low, 1e-9);
        Assert.Equal(0.815948432359917, accuracy.PrecisionInterval.High, 1e-9);
        Assert.Equal(0.194120449683243, accuracy.RecallInterval.Low, 1e-9);       // 3 of 4 found
        Assert.Equal(Math.Pow(0.975, 0.25), accuracy.RecallInterval.High, 1e-9);  // Beta(4, 1): x^4 = 0.975
        // more papers read, a narrower interval around the same precision
        var larger = new LabelAccuracy("advertising_marketing", 300, 400, 100);
        Assert.True(larger.PrecisionInterval.High - larger.PrecisionInterval.Low < 0.1);
        Assert.True(larger.PrecisionInterval.Contains(larger.Precision));
    }
}
