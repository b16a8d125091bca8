using System.Text.Json;

namespace Aici.Sources.Arxiv;

/// <summary>The Kaggle snapshot properties the reader keeps; every other property is skipped.</summary>
internal enum KaggleField
{
    Other,
    Id,
    Title,
    Abstract,
    Categories,
    Authors,
    AuthorsParsed,
    Versions,
    UpdateDate,
    Doi,
}

/// <summary>Matches a property name to a <see cref="KaggleField"/> by length first: one comparison per property.</summary>
internal static class KaggleFields
{
    public static KaggleField Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return MatchEscaped(ref reader);
        }

        return Match(reader.ValueSpan);
    }

    /// <summary>The field of an unescaped property name.</summary>
    public static KaggleField Match(ReadOnlySpan<byte> name)
    {
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => KaggleField.Id,
            3 when name.SequenceEqual("doi"u8) => KaggleField.Doi,
            5 when name.SequenceEqual("title"u8) => KaggleField.Title,
            7 when name.SequenceEqual("authors"u8) => KaggleField.Authors,
            8 when name.SequenceEqual("abstract"u8) => KaggleField.Abstract,
            8 when name.SequenceEqual("versions"u8) => KaggleField.Versions,
            10 when name.SequenceEqual("categories"u8) => KaggleField.Categories,
            11 when name.SequenceEqual("update_date"u8) => KaggleField.UpdateDate,
            14 when name.SequenceEqual("authors_parsed"u8) => KaggleField.AuthorsParsed,
            _ => KaggleField.Other,
        };
    }

    private static KaggleField MatchEscaped(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? KaggleField.Id
        : reader.ValueTextEquals("doi"u8) ? KaggleField.Doi
        : reader.ValueTextEquals("title"u8) ? KaggleField.Title
        : reader.ValueTextEquals("authors"u8) ? KaggleField.Authors
        : reader.ValueTextEquals("abstract"u8) ? KaggleField.Abstract
        : reader.ValueTextEquals("versions"u8) ? KaggleField.Versions
        : reader.ValueTextEquals("categories"u8) ? KaggleField.Categories
        : reader.ValueTextEquals("update_date"u8) ? KaggleField.UpdateDate
        : reader.ValueTextEquals("authors_parsed"u8) ? KaggleField.AuthorsParsed
        : KaggleField.Other;
}
