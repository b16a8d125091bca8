using Aici.Core.Domain;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// One entry of an authorship's <c>institutions[]</c>: its OpenAlex id, display name, short ROR id ("03acrzv41") and
/// country, each null when the record does not give it.
/// </summary>
internal sealed record OpenAlexInstitution(string? Id, string? Name, string? Ror, CountryCode? Country);
