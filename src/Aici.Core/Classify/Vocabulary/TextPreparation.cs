using System.Text;
using Aici.Core.Text;

namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// The 2020 study's text preparation, before phrases are joined: LaTeX and accents folded, lower case, words split
/// on everything but letters, digits and single inner hyphens; hyphenated words kept whole with the hyphens
/// written as "_" ("self-supervised" → "self_supervised"); then stop words, tokens of two characters or fewer,
/// tokens with a digit and tokens without an ASCII letter dropped. An apostrophe splits a word ("model's" → "model",
/// "s", and "s" is dropped), where the 2020 tokenizer kept "model's" whole.
/// </summary>
public static class TextPreparation
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        string folded = MatchText.Fold(text);
        var word = new StringBuilder();
        int i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            word.Clear();
            while (i < folded.Length)
            {
                char c = folded[i];
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                    i++;
                }
                else if (c == '-' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) && word.Length > 0)
                {
                    word.Append('_');
                    i++;
                }
                else
                {
                    break;
                }
            }

            string token = word.ToString();
            if (Keeps(token))
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>Whether a lower-case token survives the filters: not a stop word, longer than two characters, no digit, an ASCII letter.</summary>
    public static bool Keeps(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Keeps(token.AsSpan());
    }

    /// <summary>As <see cref="Keeps(string)"/>, over the token's characters.</summary>
    public static bool Keeps(ReadOnlySpan<char> token)
    {
        if (token.Length <= 2 || StopWords.Contains(token))
        {
            return false;
        }

        bool letter = false;
        foreach (char c in token)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            letter |= char.IsAsciiLetterLower(c);
        }

        return letter;
    }
}
