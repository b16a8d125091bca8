namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The 2020 threshold of one core category. Each paper's count is the number of distinct vocabulary terms in it.
/// crit = mean_out + k · std_out over the papers outside the category (population standard deviation, as numpy's
/// default); threshold = ceil(mean(crit, mean_in)). A paper outside the category whose count is <b>above</b> the
/// threshold (count &gt; threshold, as the 2020 code's <c>v &gt; crit_v_2</c>) is added to AI.
/// </summary>
public sealed record CategoryThreshold(int PapersIn, int PapersOut, double MeanIn, double MeanOut, double StdOut, double K, double Critical, int Threshold)
{
    public static CategoryThreshold Compute(IReadOnlyList<int> countsIn, IReadOnlyList<int> countsOut, double k)
    {
        ArgumentNullException.ThrowIfNull(countsIn);
        ArgumentNullException.ThrowIfNull(countsOut);
        if (countsIn.Count == 0 || countsOut.Count == 0)
        {
            throw new ArgumentException("the threshold needs papers inside and outside the category");
        }

        double meanIn = countsIn.Average();
        double meanOut = countsOut.Average();
        double variance = countsOut.Sum(c => (c - meanOut) * (c - meanOut)) / countsOut.Count;
        double stdOut = Math.Sqrt(variance);
        double critical = meanOut + (k * stdOut);
        // rounded to 9 places first so that float noise (2.0000000000004) does not lift an exact integer
        int threshold = (int)Math.Ceiling(Math.Round((critical + meanIn) / 2, 9));
        return new CategoryThreshold(countsIn.Count, countsOut.Count, meanIn, meanOut, stdOut, k, critical, threshold);
    }

    /// <summary>Whether a paper outside the category with this many vocabulary terms is added.</summary>
    public bool Passes(int count) => count > Threshold;
}
