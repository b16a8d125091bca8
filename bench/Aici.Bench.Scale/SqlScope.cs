namespace Aici.Bench.Scale;

/// <summary>Which labels the SQL baseline decides.</summary>
internal enum SqlScope
{
    /// <summary>Every label of the taxonomy files <c>aici run</c> reads: the same keyword classification.</summary>
    Taxonomy,

    /// <summary>The <c>ai</c> label alone (one of the taxonomy's labels; the baseline before 2026-12-06).</summary>
    Ai,
}
