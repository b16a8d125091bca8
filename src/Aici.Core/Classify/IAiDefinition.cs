namespace Aici.Core.Classify;

/// <summary>
/// One way of deciding which papers are AI: arXiv categories (with phrases for papers outside the core categories),
/// Nesta's 2020 expanded vocabulary, a supervised text model, or their combination. Implementations are pure and
/// thread-safe, so one instance serves every worker.
/// </summary>
public interface IAiDefinition
{
    /// <summary>"categories", "vocabulary", "model" or "combined": the name the command line and the manifest use.</summary>
    string Name { get; }

    /// <summary>The version of the rules or model behind it, for the manifest ("ai 1.0.0", "model 2026.11.1").</summary>
    string Version { get; }

    AiDecision Decide(PaperText paper);
}
