using System.CommandLine;
using Aici.Cli.Commands.Vocab;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici vocab</c>: Nesta's 2020 vocabulary definition of AI papers. <c>expand</c> computes candidate terms and
/// thresholds for review; <c>thresholds</c> recomputes the thresholds of a reviewed list; <c>devset</c> scores the
/// taxonomy phrase rules and the vocabulary on the hand-labelled development set.
/// </summary>
internal static class VocabCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("vocab", "The 2020 vocabulary definition of AI papers: compute, review, refit and evaluate.")
        {
            ExpandCommand.Build(output, error),
            ThresholdsCommand.Build(output, error),
            DevSetCommand.Build(output, error),
        };
}
