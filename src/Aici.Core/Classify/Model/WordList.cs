namespace Aici.Core.Classify.Model;

/// <summary>
/// The words of one paper as matching and the model see them: title and abstract folded as
/// <see cref="Text.MatchText.Fold"/> folds them (LaTeX accents and commands, accents, braces and dollars gone),
/// split into runs of letters and digits as <see cref="Text.PhraseMatcher"/> splits them, lower-cased, each with its
/// <see cref="WordHash"/> id. Title and abstract are separate segments: no phrase or word pair spans them.
/// A reusable scratch buffer: one per worker, cleared per paper; it allocates only when a paper is longer than any
/// before it.
/// </summary>
public sealed class WordList
{
    /// <summary>Characters that need the full fold: LaTeX commands, braces, dollars.</summary>
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\{}$");

    private char[] _chars = new char[4096];
    private int[] _starts = new int[512];
    private int[] _lengths = new int[512];
    private ulong[] _ids = new ulong[512];
    private bool[] _segmentStarts = new bool[512];
    private int _used;

    /// <summary>Per ASCII character: 0 for a separator, 0x20 for an upper-case letter (the bit that lower-cases it), 1 otherwise.</summary>
    private static ReadOnlySpan<byte> CharClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
        0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>Word <paramref name="index"/>, lower case.</summary>
    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The <see cref="WordHash"/> id of word <paramref name="index"/>.</summary>
    public ulong Id(int index) => _ids[index];

    /// <summary>The ids of all words, in order.</summary>
    public ReadOnlySpan<ulong> Ids => _ids.AsSpan(0, Count);

    /// <summary>True when word <paramref name="index"/> is the first of its segment (title or abstract).</summary>
    public bool StartsSegment(int index) => _segmentStarts[index];

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Adds the words of <paramref name="text"/> as a new segment.</summary>
    public void AddSegment(ReadOnlySpan<char> text)
    {
        if (_chars.Length - _used < text.Length * 3)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + (text.Length * 3)));
        }

        if (System.Text.Ascii.IsValid(text) && text.IndexOfAny(Special) < 0)
        {
            AddPlain(text);
            return;
        }

        bool first = true;
        int wordStart = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (wordStart < 0)
                    {
                        wordStart = _used;
                    }

                    _chars[_used++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    continue;
                }

                if (c == '\\')
                {
                    i = LatexCommand(text, i, ref wordStart, ref first);
                    continue;
                }

                if (c is '{' or '}' or '$')
                {
                    continue;
                }

                EndWord(ref wordStart, ref first);
                continue;
            }

            if (c is >= '\u0300' and <= '\u036f')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                EndWord(ref wordStart, ref first);
                continue;
            }

            if (Text.AccentFold.Of(c) is { } folded)
            {
                foreach (char f in folded)
                {
                    Emit(f, ref wordStart, ref first);
                }
            }
            else
            {
                Emit(c, ref wordStart, ref first);
            }
        }

        EndWord(ref wordStart, ref first);
    }

    // The common case: ASCII text without LaTeX, braces or dollars. Words are runs of ASCII letters and digits; each is
    // lower-cased and hashed in the same pass.
    private void AddPlain(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<byte> classes = CharClasses;
        char[] chars = _chars;
        int used = _used;
        bool first = true;
        int i = 0;
        while (i < text.Length)
        {
            if (classes[text[i]] == 0)
            {
                i++;
                continue;
            }

            int start = used;
            ulong h = WordHash.Offset;
            do
            {
                char c = (char)(text[i] | (classes[text[i]] & 0x20));
                chars[used++] = c;
                h = (h ^ c) * WordHash.Prime;
                i++;
            }
            while (i < text.Length && classes[text[i]] != 0);

            AddWord(start, used - start, h, first);
            first = false;
        }

        _used = used;
    }

    private void AddWord(int start, int length, ulong id, bool first)
    {
        if (Count == _starts.Length)
        {
            int size = Count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _ids, size);
            Array.Resize(ref _segmentStarts, size);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        _ids[Count] = id;
        _segmentStarts[Count] = first;
        Count++;
    }

    // A LaTeX command at text[start] == '\\', folded as MatchText.Fold folds it. Returns the last index consumed.
    private int LatexCommand(ReadOnlySpan<char> text, int start, ref int wordStart, ref bool first)
    {
        int next = start + 1;
        if (next >= text.Length)
        {
            return start;
        }

        char c = text[next];
        if (c is '&' or '%' or '_' or '$' or '#' or '\\')
        {
            EndWord(ref wordStart, ref first);
            return next;
        }

        if (c is '\'' or '"' or '`' or '^' or '~' or '=' or '.')
        {
            return next;
        }

        if (char.IsAsciiLetter(c))
        {
            int end = next;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            return end - 1;
        }

        return start;
    }

    private void Emit(char c, ref int wordStart, ref bool first)
    {
        if (!char.IsLetterOrDigit(c))
        {
            EndWord(ref wordStart, ref first);
            return;
        }

        if (wordStart < 0)
        {
            wordStart = _used;
        }

        if (_used == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[_used++] = char.ToLowerInvariant(c);
    }

    private void EndWord(ref int wordStart, ref bool first)
    {
        if (wordStart < 0)
        {
            return;
        }

        int length = _used - wordStart;
        AddWord(wordStart, length, WordHash.Of(_chars.AsSpan(wordStart, length)), first);
        first = false;
        wordStart = -1;
    }
}
