using Aici.Core.Classify;
using Aici.Core.Classify.Definitions;
using Aici.Core.Domain;
using Aici.Core.Locate;
using Aici.Core.Measure;
using Aici.Core.Run;

namespace Aici.Cli.Pipeline;

/// <summary>
/// What a worker makes of one record for the store: its labels under the run's AI definition, its packed decisions
/// under every compared definition, and its countries.
/// </summary>
internal sealed record LabelledRecord(Classification Classification, int Compared, IReadOnlyList<CountryShare> Countries)
{
    /// <summary>
    /// One worker's function (its own analysis buffer): the record labelled and located, or null when it belongs to
    /// another shard.
    /// </summary>
    public static Func<Paper, LabelledRecord?> Worker(RunLabelling labelling, PaperLocator locator, Shard shard)
    {
        PaperAnalysis analysis = labelling.Labeller.NewAnalysis();
        return paper =>
        {
            if (!shard.Holds(paper.Key))
            {
                return null;
            }

            analysis.Load(paper.Title, paper.Abstract, paper.Abstract is not null);
            IReadOnlyList<string> categories = paper.Categories;
            for (int i = 0; i < categories.Count; i++)
            {
                analysis.AddCategory(categories[i]);
            }

            LabelledPaper labelled = labelling.Labeller.Label(analysis);
            return new LabelledRecord(new Classification(labelled.All), labelling.Compared.Decide(analysis), locator.Locate(paper));
        };
    }
}
