using System.CommandLine;

using Aici.Cli.Commands.Evaluate;
using Aici.Core.Affiliations;
using Aici.Sources;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici evaluate</c>: measures the classifiers and the affiliation resolver. <c>classify</c> scores the AI
/// definitions and the model on held-out records; <c>affiliations</c> scores the resolver on gold sets of labelled
/// affiliation strings; <c>countries</c> checks its countries against the countries papers give.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("evaluate", "Measure the classifiers and the affiliation resolver on labelled data.")
        {
            Classify.EvaluateClassifyCommand.Build(output, error),
            Affiliations(output, error),
            Countries(output, error),
        };

    private static Command Affiliations(TextWriter output, TextWriter error)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "gold sets: JSON arrays of {affiliation, ror_ids[]} (or {affiliation, \"ror-id\"})",
            HelpName = "FILE",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        (Option<string[]> ror, Option<string?> universities, Option<string?> outDir, Option<bool> transnational) = Common();
        var command = new Command("affiliations",
            "Precision, recall and F1 of ROR ids, country accuracy and coverage on gold sets; writes affiliations_evaluation.csv with --out.")
        {
            gold, ror, universities, outDir, transnational,
        };
        command.SetAction(parsed => Run("evaluate affiliations", error, () =>
        {
            AffiliationResolver resolver = ResolverSetup.Load("evaluate affiliations", parsed.GetValue(ror) ?? [], parsed.GetValue(universities), parsed.GetValue(transnational), error);
            AffiliationsEvaluation.Run(parsed.GetValue(gold) ?? [], resolver, parsed.GetValue(outDir), output);
        }));
        return command;
    }

    private static Command Countries(TextWriter output, TextWriter error)
    {
        var papers = new Option<string[]>("--papers")
        {
            Description = "papers in Aici's JSON-lines format whose authors carry affiliations with countries; a folder means every such file in it",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        (Option<string[]> ror, Option<string?> universities, Option<string?> outDir, Option<bool> transnational) = Common();
        var command = new Command("countries",
            "How often the resolver's country agrees with the country papers give for the same affiliation; writes countries_evaluation.csv with --out.")
        {
            papers, ror, universities, outDir, transnational,
        };
        command.SetAction(parsed => Run("evaluate countries", error, () =>
        {
            AffiliationResolver resolver = ResolverSetup.Load("evaluate countries", parsed.GetValue(ror) ?? [], parsed.GetValue(universities), parsed.GetValue(transnational), error);
            CountriesEvaluation.Run(parsed.GetValue(papers) ?? [], resolver, parsed.GetValue(outDir), output, error);
        }));
        return command;
    }

    private static (Option<string[]> Ror, Option<string?> Universities, Option<string?> Out, Option<bool> Transnational) Common() =>
    (
        new Option<string[]>("--ror")
        {
            Description = "ROR dump: JSON files (schema v1 or v2, optionally .gz); a folder means every *.json and *.json.gz in it",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        },
        new Option<string?>("--universities")
        {
            Description = "world_universities_and_domains.json: university names with countries, used for the country when no ROR record matches",
            HelpName = "FILE",
        },
        new Option<string?>("--out") { Description = "folder for the CSV files", HelpName = "DIR" },
        new Option<bool>("--transnational") { Description = "put multinational companies in the transnational bucket (\"XT\")" }
    );

    private static int Run(string command, TextWriter error, Action action)
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
