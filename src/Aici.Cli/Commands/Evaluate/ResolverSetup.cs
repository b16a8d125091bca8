using System.Diagnostics;
using System.Globalization;

using Aici.Core.Affiliations;
using Aici.Sources.Ror;
using Aici.Sources.Universities;

namespace Aici.Cli.Commands.Evaluate;

/// <summary>Loads the ROR dump (and optionally the universities list) and builds the resolver, reporting on stderr.</summary>
internal static class ResolverSetup
{
    /// <exception cref="Sources.InputException">A dump file or the universities list cannot be read.</exception>
    public static AffiliationResolver Load(string command, IReadOnlyList<string> ror, string? universities, bool transnational, TextWriter error)
    {
        var watch = Stopwatch.StartNew();
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load(ror);
        IReadOnlyList<UniversityName> names = universities is null ? [] : UniversitiesList.Load(universities);
        OrganisationIndex index = OrganisationIndex.Build(organisations, names);
        string list = names.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $", {names.Count} university names") : "";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"aici {command}: {summary.Organisations} organisations from {summary.Files.Count} ROR file(s) " +
            $"({summary.Withdrawn} withdrawn left out, {summary.Inactive} inactive kept){list}; index ready in {watch.ElapsedMilliseconds} ms"));
        return new AffiliationResolver(index, new ResolverOptions { Transnational = transnational });
    }
}
