namespace Aici.Core.Domain;

/// <summary>An ISO 3166-1 alpha-2 country code, upper case ("GB", "US", "HK").</summary>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 code", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
