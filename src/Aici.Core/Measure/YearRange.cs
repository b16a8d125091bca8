namespace Aici.Core.Measure;

/// <summary>An inclusive range of years; an open end means no limit. A paper without a year is inside only the open range.</summary>
public readonly record struct YearRange(int? From, int? To)
{
    public static YearRange All => default;

    public bool IsOpen => From is null && To is null;

    public bool Contains(int? year) =>
        IsOpen || (year is int y && (From is null || y >= From) && (To is null || y <= To));

    public override string ToString() => IsOpen ? "all years" : $"{From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{To?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
}
