using Aici.Core.Domain;

namespace Aici.Sources.Tests;

/// <summary>Reads a source to the end and splits what it yielded.</summary>
internal sealed record Reading(IReadOnlyList<Paper> Papers, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Warnings)
{
    public static Reading Of(IPaperSource source)
    {
        var papers = new List<Paper>();
        var errors = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        foreach (ReadItem item in source.Read(TestContext.Current.CancellationToken))
        {
            if (item.Paper is not null)
            {
                papers.Add(item.Paper);
            }

            if (item.Diagnostic is { } diagnostic)
            {
                (diagnostic.Severity == DiagnosticSeverity.Error ? errors : warnings).Add(diagnostic);
            }
        }

        return new Reading(papers, errors, warnings);
    }

    public Paper Paper(string key) => Papers.Single(p => p.Key == key);
}
