using System.CommandLine;
using Aici.Cli.Console;
using Aici.Cli.Pipeline;
using Aici.Core.Measure;
using Aici.Sources;

namespace Aici.Cli.Commands;

/// <summary><c>aici merge</c>: one store and report from the stores of several shards.</summary>
internal static class MergeCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var stores = new Option<string[]>("--store")
        {
            Description = "stores to merge: aici.duckdb files or the output folders of 'aici run --shard i/n'",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var counting = new Option<Counting>("--counting")
        {
            Description = "the headline table's counting method: whole or fractional",
            DefaultValueFactory = _ => Counting.Whole,
        };
        var from = new Option<int?>("--from") { Description = "first year counted in the tables", HelpName = "YEAR" };
        var to = new Option<int?>("--to") { Description = "last year counted in the tables", HelpName = "YEAR" };
        var outDir = new Option<string>("--out") { Description = "output folder, as for 'aici run'", HelpName = "DIR", Required = true };
        var command = new Command("merge", "Merge the stores of shards ('aici run --shard i/n') into one store and report, as one run over everything.")
        {
            stores, counting, from, to, outDir,
        };
        command.SetAction(parsed =>
        {
            var options = new RunOptions([], [], false, new YearRange(parsed.GetValue(from), parsed.GetValue(to)), parsed.GetValue(counting), "", parsed.GetValue(outDir)!);
            try
            {
                var pipeline = new ResearchPipeline(new PlainProgress(error), TimeProvider.System);
                RunResult result = new StoreMerge(pipeline, TimeProvider.System).Merge(parsed.GetValue(stores) ?? [], options);
                Summary.Write(result, output, error);
                return ExitCodes.Ok;
            }
            catch (InputException e)
            {
                error.WriteLine($"aici merge: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
