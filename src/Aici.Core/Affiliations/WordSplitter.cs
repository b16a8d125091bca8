using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

using Aici.Core.Text;

namespace Aici.Core.Affiliations;

/// <summary>
/// Splits names and affiliation strings into <see cref="Word"/>s. Accents and LaTeX are folded
/// (<see cref="MatchText.Fold"/>), a few HTML entities decoded, apostrophes inside words dropped ("Mary's" → marys,
/// "d'Économie" → economie), dotted initials joined ("U.S.A." → usa), words run together in camel case split
/// ("oncologyChildren" → oncology children), hyphens split words, "&amp;" reads as "and". Commas, semicolons, colons,
/// slashes, brackets, line breaks and spaced dashes start a new segment.
/// </summary>
internal static class WordSplitter
{
    private static readonly SearchValues<char> LooseMarks = SearchValues.Create("\u00b4\u00a8\u02c6\u02dc\u00b8\u02dd\u02c7\u02d8`");

    public static List<Word> Split(string text, bool splitCamelCase = true)
    {
        var words = new List<Word>();
        Split(text, words, splitCamelCase);
        return words;
    }

    /// <summary>True when the text has a word in camel case ("DeepMind") that <see cref="Split(string, bool)"/> splits.</summary>
    public static bool HasCamelCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int lowerRun = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c) && lowerRun >= 3)
            {
                return true;
            }

            lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Split(string text, List<Word> words, bool splitCamelCase = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = MatchText.Fold(JoinLooseDiacritics(DecodeEntities(text)));
        var state = new State(words) { SplitCamelCase = splitCamelCase };
        int i = 0;
        while (i < folded.Length)
        {
            char c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(folded, i, ref state);
                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    state.Open();
                    break;
                case ')' or ']' or '}':
                    state.Close();
                    break;
                case ';':
                    state.Break();
                    state.Part++;
                    break;
                case ',' or ':' or '/' or '|' or '\\' or '\n' or '\r' or '\t' or '\u2022' or '\u00b7' or '\u30fb':
                    state.Break();
                    break;
                case '-' or '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u2012':
                    bool spaced = i > 0 && folded[i - 1] == ' ' && i + 1 < folded.Length && folded[i + 1] == ' ';
                    if (spaced || c is '\u2013' or '\u2014')
                    {
                        state.Break();
                    }

                    state.LastDotted = false;
                    break;
                case '&' or '+':
                    state.Add("and", WordShape.Lower);
                    break;
                case '.' or ' ':
                    // "U.S.A.", "P. R. China": a dot (and spaces) after a single letter let the next single letter join it
                    break;
                default:
                    state.LastDotted = false;
                    break;
            }

            i++;
        }

        return;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadWord(string text, int start, ref State state)
    {
        // the common case: letters and digits only, read in place
        int i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length || !Joins(text, i))
        {
            EmitCamelParts(text.AsSpan(start, i - start), i < text.Length && text[i] == '.', ref state);
            return i;
        }

        var raw = new StringBuilder();
        raw.Append(text, start, i - start);
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                raw.Append(c);
                i++;
            }
            else if (IsSpacingMark(c) && raw.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Westfa¨lische": a diacritic typed on its own, beside its letter, is dropped
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "d'Économie", "l'Environnement": the elided article goes; "Mary's": the apostrophe goes
                if (raw.Length == 1 && char.ToLowerInvariant(raw[0]) is 'd' or 'l')
                {
                    raw.Clear();
                }

                i++;
            }
            else
            {
                break;
            }
        }

        bool dotted = i < text.Length && text[i] == '.';
        EmitCamelParts(raw.ToString(), dotted, ref state);
        return i;
    }

    // True when the character at i continues the word across a mark or an apostrophe.
    private static bool Joins(string text, int i) =>
        (IsSpacingMark(text[i]) || IsApostrophe(text[i])) && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4' or '\u02bc';

    // Text extracted from PDFs writes accents as loose marks, often after a space: "Montr ´eal", "F ´ed´erale",
    // "´Ecole". The marks go, and so does the space between a letter and a mark that precedes a letter.
    private static string JoinLooseDiacritics(string text)
    {
        if (text.AsSpan().IndexOfAny(LooseMarks) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool mark = IsSpacingMark(c) || c is '\u00b4' or '`';
            if (mark && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (sb.Length >= 2 && sb[^1] == ' ' && char.IsLetter(sb[^2]))
                {
                    sb.Length--;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsSpacingMark(char c) => c is '\u00a8' or '\u02c6' or '\u02dc' or '\u00b8' or '\u02dd' or '\u02c7' or '\u02d8';

    // Splits "oncologyChildren" into "oncology" and "Children" (a capital after three or more lower-case letters), and
    // letters from digits ("University1", "1Kyungpook", "UMR8195").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EmitCamelParts(ReadOnlySpan<char> raw, bool dotted, ref State state)
    {
        int partStart = 0;
        int lowerRun = 0;
        for (int k = 0; k < raw.Length; k++)
        {
            char c = raw[k];
            bool camel = state.SplitCamelCase && char.IsUpper(c) && lowerRun >= 3;
            bool digitEdge = k > partStart && char.IsDigit(c) != char.IsDigit(raw[k - 1]);
            if (camel || digitEdge)
            {
                state.AddRaw(raw[partStart..k], dotted: false);
                partStart = k;
            }

            lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;
        }

        state.AddRaw(raw[partStart..], dotted);
    }

    private static string DecodeEntities(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase)
            .Replace("&apos;", "'", StringComparison.OrdinalIgnoreCase)
            .Replace("&quot;", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("&lt;", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("&gt;", " ", StringComparison.OrdinalIgnoreCase)
            .Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WordShape ShapeOf(ReadOnlySpan<char> raw)
    {
        int upper = 0;
        int lowerRun = 0;
        int maxLowerRun = 0;
        foreach (char c in raw)
        {
            if (char.IsUpper(c))
            {
                upper++;
                lowerRun = 0;
            }
            else if (char.IsLower(c))
            {
                lowerRun++;
                maxLowerRun = Math.Max(maxLowerRun, lowerRun);
            }
        }

        // scripts without case (Chinese, Japanese, Korean, Arabic…) write every word as a name may be written
        bool uncased = upper == 0 && raw.Length > 0 && IsUncased(raw);
        WordShape shape = raw.Length > 0 && (char.IsUpper(raw[0]) || (uncased && char.IsLetter(raw[0]))) ? WordShape.Capitalised : WordShape.Lower;
        if (upper >= 2 && maxLowerRun < 3)
        {
            shape |= WordShape.Acronym;
        }

        return shape;
    }

    // Segments are numbered in order of appearance; text resumes its segment after a parenthesis, so that
    // "Technische Hochschule (ETH) Zürich" keeps "Hochschule" and "Zürich" in one segment and "ETH" in another.
    private static bool IsUncased(ReadOnlySpan<char> raw)
    {
        foreach (char c in raw)
        {
            if (char.IsLetter(c) && (char.IsUpper(c) || char.IsLower(c)))
            {
                return false;
            }
        }

        return true;
    }

    private struct State(List<Word> words)
    {
        private readonly List<Word> words = words;
        private readonly Stack<(int Segment, bool Used)> outer = new();
        private int segment;
        private int nextSegment = 1;
        private bool segmentUsed;

        public readonly int Depth => outer.Count;

        public bool SplitCamelCase { get; init; }

        /// <summary>The semicolon-separated part of the text being read.</summary>
        public int Part { get; set; }

        /// <summary>The last word was a single letter followed by a dot.</summary>
        public bool LastDotted { get; set; }

        public void Break()
        {
            if (segmentUsed)
            {
                segment = nextSegment++;
                segmentUsed = false;
            }

            LastDotted = false;
        }

        public void Open()
        {
            outer.Push((segment, segmentUsed));
            segment = nextSegment++;
            segmentUsed = false;
            LastDotted = false;
        }

        public void Close()
        {
            if (outer.Count == 0)
            {
                Break();
                return;
            }

            (segment, segmentUsed) = outer.Pop();
            LastDotted = false;
        }

        public void AddRaw(ReadOnlySpan<char> raw, bool dotted)
        {
            if (raw.Length == 0)
            {
                return;
            }

            bool initial = raw.Length == 1 && char.IsLetter(raw[0]);
            if (initial && LastDotted && words.Count > 0)
            {
                // join dotted initials: "U.S.A." → "usa", "P. R. China" → "pr china"
                Word last = words[^1];
                string joined = last.Text + char.ToLowerInvariant(raw[0]);
                words[^1] = last with { Text = joined, Shape = WordShape.Capitalised | WordShape.Acronym, IsStop = false };
                LastDotted = dotted;
                return;
            }

            Span<char> lower = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
            raw.ToLowerInvariant(lower);
            Add(WordForms.Of(lower), ShapeOf(raw));
            LastDotted = initial && dotted;
        }

        public void Add(string lower, WordShape shape)
        {
            string canonical = WordForms.Of(lower);
            words.Add(new Word(canonical, segment, shape, Depth > 0, WordForms.IsStop(canonical)) { Part = Part });
            segmentUsed = true;
        }
    }
}
