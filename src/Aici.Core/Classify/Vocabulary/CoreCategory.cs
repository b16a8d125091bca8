namespace Aici.Core.Classify.Vocabulary;

/// <summary>A core AI category of the 2020 method and its k (crit = mean_out + k · std_out).</summary>
public sealed record CoreCategory(string Category, double K);
