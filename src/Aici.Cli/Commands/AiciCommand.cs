using System.CommandLine;
using System.CommandLine.Help;

namespace Aici.Cli.Commands;

/// <summary>The <c>aici</c> command line: its commands, parsing, and the mapping of failures to exit codes.</summary>
internal static class AiciCommand
{
    public static RootCommand Build(TextWriter output, TextWriter error) =>
        new("Aici: the open observatory of AI in the creative industries. Measures AI research by country and " +
            "medium (image, sound, text) from open paper metadata, with the records behind every number.")
        {
            RunCommand.Build(output, error),
            ClassifyCommand.Build(output, error), ExplainCommand.Build(output, error), TrainCommand.Build(output, error),
            MergeCommand.Build(output, error),
            ResolveCommand.Build(output, error), EvaluateCommand.Build(output, error),
            VocabCommand.Build(output, error),
        };

    public static int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        RootCommand root = Build(output, error);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            error.WriteLine($"aici: {parsed.Errors[0].Message} (see 'aici {string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? "" : parsed.CommandResult.Command.Name)} --help')".Replace("aici  --help", "aici --help", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
