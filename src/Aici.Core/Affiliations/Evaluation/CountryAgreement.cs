using Aici.Core.Domain;

namespace Aici.Core.Affiliations.Evaluation;

/// <summary>
/// Tallies how often the resolver's country agrees with the country a source gives for the same affiliation string:
/// agreement (over affiliations the resolver gives a country for), coverage (share it gives a country for), the
/// same by deciding rule, and the commonest disagreements.
/// </summary>
public sealed class CountryAgreement
{
    private readonly Dictionary<(CountryCode Given, CountryCode Predicted), int> disagreements = [];
    private readonly Dictionary<(CountryCode Given, CountryCode Predicted), Dictionary<string, int>> examples = [];
    private readonly SortedDictionary<string, (int Resolved, int Agreed)> byRule = new(StringComparer.Ordinal);

    /// <summary>Affiliations counted (each with exactly one given country).</summary>
    public int Total { get; private set; }

    /// <summary>Affiliations the resolver gave a country for.</summary>
    public int Resolved { get; private set; }

    /// <summary>Affiliations whose resolved country is the given one.</summary>
    public int Agreed { get; private set; }

    public double Agreement => Resolved == 0 ? 0 : (double)Agreed / Resolved;

    public double Coverage => Total == 0 ? 0 : (double)Resolved / Total;

    /// <summary>Resolved and agreed counts by the rule that gave the country.</summary>
    public IReadOnlyDictionary<string, (int Resolved, int Agreed)> ByRule => byRule;

    public void Add(CountryCode given, AffiliationResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        Total++;
        if (resolution.Country is not { } predicted)
        {
            return;
        }

        Resolved++;
        bool agreed = predicted == given;
        Agreed += agreed ? 1 : 0;
        string rule = resolution.CountryRule ?? resolution.Rule;
        (int r, int a) = byRule.GetValueOrDefault(rule);
        byRule[rule] = (r + 1, a + (agreed ? 1 : 0));
        if (!agreed)
        {
            disagreements[(given, predicted)] = disagreements.GetValueOrDefault((given, predicted)) + 1;
            if (!examples.TryGetValue((given, predicted), out Dictionary<string, int>? texts))
            {
                examples[(given, predicted)] = texts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            texts[resolution.Affiliation] = texts.GetValueOrDefault(resolution.Affiliation) + 1;
        }
    }

    /// <summary>
    /// The commonest (given, resolved) pairs that disagree, most frequent first, ties by codes, each with its commonest
    /// affiliation string.
    /// </summary>
    public IReadOnlyList<(CountryCode Given, CountryCode Predicted, int Count, string Example)> Disagreements(int top) =>
        [.. disagreements
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key.Given)
            .ThenBy(kv => kv.Key.Predicted)
            .Take(top)
            .Select(kv => (kv.Key.Given, kv.Key.Predicted, kv.Value, examples[kv.Key]
                .OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).First().Key))];

    /// <summary>Agreement when Hong Kong, Macao and Taiwan count as China, as some sources record them.</summary>
    public double AgreementFoldingChina => Resolved == 0 ? 0 : (double)(Agreed + FoldedAgreements()) / Resolved;

    private int FoldedAgreements()
    {
        int folded = 0;
        foreach (((CountryCode given, CountryCode predicted), int count) in disagreements)
        {
            if (given.Value == "CN" && predicted.Value is "HK" or "MO" or "TW")
            {
                folded += count;
            }
        }

        return folded;
    }
}
