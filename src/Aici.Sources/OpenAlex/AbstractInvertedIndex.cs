using System.Text;
using System.Text.Json;

using Aici.Sources.Inputs;
using Aici.Sources.Json;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Rebuilds an abstract from OpenAlex's <c>abstract_inverted_index</c> (word → the positions where it occurs): each
/// word is placed at its positions and the words are joined, in position order, with single spaces. Positions no
/// word claims (gaps) are skipped; when two words claim one position the first one read wins.
/// </summary>
internal static class AbstractInvertedIndex
{
    public const string Field = "abstract_inverted_index";

    /// <summary>
    /// The abstract of the index the reader is positioned on; null for JSON null, an empty index, or a value that is
    /// not an object (a warning). Positions that are not non-negative integers are dropped with one warning.
    /// </summary>
    public static string? Read(ref Utf8JsonReader reader, RecordWarnings warnings, long line)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                warnings.Add(line, Field, JsonValues.Expected("an object", reader.TokenType));
                reader.Skip();
            }

            return null;
        }

        var placed = new List<(int Position, int Order, string Word)>();
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string word = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                problem ??= $"positions of '{word}': " + JsonValues.Expected("an array", reader.TokenType);
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int position) && position >= 0)
                {
                    placed.Add((position, placed.Count, word));
                }
                else
                {
                    problem ??= $"position of '{word}': not a non-negative integer";
                    reader.Skip();
                }
            }
        }

        if (problem is not null)
        {
            warnings.Add(line, Field, problem + " (dropped)");
        }

        return Join(placed);
    }

    private static string? Join(List<(int Position, int Order, string Word)> placed)
    {
        placed.Sort(static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        var text = new StringBuilder();
        int last = -1;
        foreach ((int position, _, string word) in placed)
        {
            if (position == last || string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            last = position;
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Trim());
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
