using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// A university name and its country from a list without registry ids (the world universities list). The resolver
/// uses it only for the country, when no registry organisation matches.
/// </summary>
public sealed record UniversityName(string Name, CountryCode Country);
