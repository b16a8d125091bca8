using System.CommandLine;
using Aici.Sources;

namespace Aici.Cli.Commands.Vocab;

/// <summary>Options and error handling shared by the <c>aici vocab</c> commands.</summary>
internal static class VocabOptions
{
    public static Option<string[]> Arxiv() => new("--arxiv")
    {
        Description = "arXiv metadata: Kaggle snapshot JSON lines or API Atom feeds; a folder means every such file in it",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "PATH",
        Required = true,
    };

    public static int Run(string command, TextWriter error, Action action)
    {
        try
        {
            action();
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici {command}: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
