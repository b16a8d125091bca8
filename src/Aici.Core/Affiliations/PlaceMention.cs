namespace Aici.Core.Affiliations;

/// <summary>A place named in an affiliation: words <see cref="Start"/> to <see cref="End"/> (exclusive).</summary>
internal readonly record struct PlaceMention(int Start, int End, PlaceEntry Place);
