namespace Aici.Core.Affiliations.Evaluation;

/// <summary>Which strings of a gold set a row of scores covers.</summary>
public static class EvaluationSubset
{
    /// <summary>Every string of the gold set.</summary>
    public const string All = "all";

    /// <summary>Strings whose gold ids are all in the registry the resolver was given (strings with no gold id included).</summary>
    public const string InRegistry = "gold-in-registry";

    /// <summary>As <see cref="InRegistry"/>, without the strings that have no gold id.</summary>
    public const string InRegistryWithIds = "gold-in-registry-with-ids";
}
