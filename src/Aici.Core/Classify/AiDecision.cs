namespace Aici.Core.Classify;

/// <summary>Whether a paper is AI under one definition, with a score (for thresholds and ranking) and the evidence.</summary>
public sealed record AiDecision(bool IsAi, double Score, Evidence Evidence);
