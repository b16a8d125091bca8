using System.CommandLine;

using Aici.Cli.Commands.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Domain;
using Aici.Sources;
using Aici.Sources.Arxiv;

namespace Aici.Cli.Commands;

/// <summary>
/// <c>aici explain ID</c>: finds the record with that id in the inputs (an arXiv id with or without version, or a
/// papers id) and prints every label with its evidence and the model's view. Reads the inputs as <c>aici classify</c>
/// does; no store is needed.
/// </summary>
internal static class ExplainCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("ID") { Description = "the record's id: an arXiv id (2102.05231) or a papers id" };
        var arxiv = new Option<string[]>("--arxiv") { Description = "arXiv metadata files or folders", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
        var papers = new Option<string[]>("--papers") { Description = "papers JSON-lines files or folders", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
        var definition = ClassifyCommand.DefinitionOption();
        var textOnly = new Option<bool>("--text-only") { Description = "ignore arXiv categories" };
        var taxonomy = ClassifyCommand.TaxonomyOption();
        var model = ClassifyCommand.ModelOption();
        var command = new Command("explain", "Print every label of one record with its evidence: categories, phrases, model score and features.")
        {
            id, arxiv, papers, definition, textOnly, taxonomy, model,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(id)!, parsed.GetValue(arxiv) ?? [], parsed.GetValue(papers) ?? [], parsed.GetValue(definition)!,
            parsed.GetValue(textOnly), parsed.GetValue(taxonomy)!, parsed.GetValue(model), output, error));
        return command;
    }

    internal static int Execute(
        string id, IReadOnlyList<string> arxiv, IReadOnlyList<string> papers, string definition, bool textOnly,
        string taxonomy, string? model, TextWriter output, TextWriter error)
    {
        try
        {
            if (arxiv.Count == 0 && papers.Count == 0)
            {
                throw new InputException("nothing to read: give --arxiv PATH or --papers PATH");
            }

            ClassifierSetup setup = ClassifierSetup.Load(taxonomy, model, definition);
            string wanted = id.Trim();
            string arxivId = ArxivIds.Normalize(wanted);
            PaperAnalysis analysis = setup.Labeller.NewAnalysis();
            int found = 0;
            foreach (IPaperSource source in InputFiles.Arxiv(arxiv).Concat(InputFiles.Papers(papers)))
            {
                foreach (ReadItem item in source.Read())
                {
                    if (item.Paper is not { } paper || !Matches(paper, wanted, arxivId))
                    {
                        continue;
                    }

                    if (found++ > 0)
                    {
                        output.WriteLine();
                    }

                    analysis.Load(paper.Title, paper.Abstract, paper.Abstract is not null);
                    if (!textOnly)
                    {
                        foreach (string category in paper.Categories)
                        {
                            analysis.AddCategory(category);
                        }
                    }

                    Explanation.Write(output, setup, analysis, paper.Id, paper.Location.ToString());
                }
            }

            if (found == 0)
            {
                error.WriteLine($"aici explain: no record with id '{wanted}' in the inputs");
                return ExitCodes.Usage;
            }

            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            error.WriteLine($"aici explain: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static bool Matches(Paper paper, string id, string arxivId) =>
        paper.Id == id || paper.Key == id || (paper.ArxivId is { } a && a == arxivId) || paper.Id == arxivId;
}
