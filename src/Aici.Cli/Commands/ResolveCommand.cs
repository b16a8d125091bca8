using System.CommandLine;
using System.Globalization;

using Aici.Cli.Commands.Evaluate;
using Aici.Core.Affiliations;
using Aici.Sources;
using Aici.Sources.Gold;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici resolve</c>: affiliation strings → ROR id, country, score and the rule that decided, one JSON line per input.
/// </summary>
internal static class ResolveCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var affiliations = new Option<string>("--affiliations")
        {
            Description = "affiliation strings: one per line, or JSON lines with an \"affiliation\" field (optionally .gz)",
            HelpName = "FILE",
            Required = true,
        };
        var ror = new Option<string[]>("--ror")
        {
            Description = "ROR dump: JSON files (schema v1 or v2, optionally .gz); a folder means every *.json and *.json.gz in it",
            HelpName = "PATH",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var universities = new Option<string?>("--universities")
        {
            Description = "world_universities_and_domains.json: university names with countries, used for the country when no ROR record matches",
            HelpName = "FILE",
        };
        var outFile = new Option<string?>("--out")
        {
            Description = "write the JSON lines to FILE (written under a temporary name, then renamed); default: standard output",
            HelpName = "FILE",
        };
        var transnational = new Option<bool>("--transnational")
        {
            Description = "put multinational companies in the transnational bucket (country \"XT\") instead of a country",
        };

        var command = new Command("resolve", "Resolve affiliation strings to ROR organisations and countries (one JSON line per input).")
        {
            affiliations, ror, universities, outFile, transnational,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(affiliations)!,
            parsed.GetValue(ror) ?? [],
            parsed.GetValue(universities),
            parsed.GetValue(outFile),
            parsed.GetValue(transnational),
            output,
            error));
        return command;
    }

    internal static int Execute(string input, IReadOnlyList<string> ror, string? universities, string? outFile, bool transnational, TextWriter output, TextWriter error)
    {
        try
        {
            AffiliationResolver resolver = ResolverSetup.Load("resolve", ror, universities, transnational, error);
            IEnumerable<AffiliationLine> lines = AffiliationLines.Read(input);
            int written;
            if (outFile is null)
            {
                written = Write(lines, resolver, output, error, input);
            }
            else
            {
                using var file = new AtomicText(outFile);
                written = Write(lines, resolver, file.Writer, error, input);
                file.Commit();
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aici resolve: {written} affiliation(s) resolved"));
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici resolve: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static int Write(IEnumerable<AffiliationLine> lines, AffiliationResolver resolver, TextWriter output, TextWriter error, string input)
    {
        int written = 0;
        foreach (AffiliationLine line in lines)
        {
            if (line.Affiliation is null)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aici resolve: warning: {input}:{line.LineNumber}: {line.Problem}; skipped"));
                continue;
            }

            output.Write(ResolutionJson.Line(resolver.Resolve(line.Affiliation)));
            output.Write('\n');
            written++;
        }

        return written;
    }
}
