using Aici.Core.Domain;

namespace Aici.Core.Affiliations;

/// <summary>
/// One indexed name: the organisation it belongs to (an index into the index's organisations, or -1 for list names),
/// which kind of name it is, where it comes from, the country for list names, how many content words it has, whether
/// it runs over several segments ("University of California, Davis") and whether it is generic (every word of it is
/// common in organisation names: "National University", "Open University").
/// </summary>
internal readonly record struct NameEntry(
    int Organisation, NameKind Kind, NameSource Source, CountryCode? Country, int Words, bool Segmented, bool Generic);
