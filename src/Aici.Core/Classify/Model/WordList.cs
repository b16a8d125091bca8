using System.Buffers;

namespace Aici.Core.Classify.Model;

/// <summary>
/// The words of one paper as matching and the model see them: title and abstract folded as
/// <see cref="Text.MatchText.Fold"/> folds them (LaTeX accents and commands, accents, braces and dollars gone),
/// split into runs of letters and digits as <see cref="Text.PhraseMatcher"/> splits them, lower-cased, each with its
/// <see cref="WordHash"/> id. Title and abstract are separate segments: no word pair spans them.
/// A reusable scratch buffer: one per worker, cleared per paper; it allocates only when a paper is longer than any
/// before it. Plain ASCII text (the common case) is split, lower-cased and hashed in one pass.
/// </summary>
public sealed class WordList
{
    /// <summary>Characters that need the full fold: LaTeX commands, braces, dollars.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\{}$");

    private char[] _chars = new char[4096];
    private char[] _folded = new char[4096];
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

    /// <summary>The ids of all words, in order.</summary>
    public ReadOnlySpan<ulong> Ids => _ids.AsSpan(0, Count);

    /// <summary>Word <paramref name="index"/>, lower case.</summary>
    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The <see cref="WordHash"/> id of word <paramref name="index"/>.</summary>
    public ulong Id(int index) => _ids[index];

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
        // a folded character becomes at most two ("ß" → "ss")
        if (_chars.Length - _used < text.Length * 2)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + (text.Length * 2)));
        }

        if (System.Text.Ascii.IsValid(text) && text.IndexOfAny(Special) < 0)
        {
            Split(text);
            return;
        }

        if (_folded.Length < text.Length * 2)
        {
            _folded = new char[text.Length * 2];
        }

        Split(_folded.AsSpan(0, Fold(text, _folded)));
    }

    // Splits folded text into words: runs of letters and digits, lower-cased and hashed in the same pass.
    private void Split(ReadOnlySpan<char> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            SplitAscii(text);
        }
        else
        {
            SplitUnicode(text);
        }
    }

    // The hot loop: ASCII only, so every local stays in a register (no call inside but one per word).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void SplitAscii(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<byte> classes = CharClasses;
        char[] chars = _chars;
        int used = _used;
        bool first = true;
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            int cls = classes[text[i] & 0x7F];
            if (cls == 0)
            {
                i++;
                continue;
            }

            int start = used;
            ulong h = WordHash.Offset;
            do
            {
                char lower = (char)(text[i] | (cls & 0x20));
                chars[used++] = lower;
                h = (h ^ lower) * WordHash.Prime;
                i++;
            }
            while (i < n && (cls = classes[text[i] & 0x7F]) != 0);

            AddWord(start, used - start, h, first);
            first = false;
        }

        _used = used;
    }

    private void SplitUnicode(ReadOnlySpan<char> text)
    {
        char[] chars = _chars;
        int used = _used;
        bool first = true;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = used;
            ulong h = WordHash.Offset;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                char lower = char.ToLowerInvariant(text[i++]);
                chars[used++] = lower;
                h = (h ^ lower) * WordHash.Prime;
            }

            AddWord(start, used - start, h, first);
            first = false;
        }

        _used = used;
    }

    /// <summary>
    /// <see cref="Text.MatchText.Fold"/>'s folding of <paramref name="text"/> into <paramref name="into"/>, as far as
    /// words go (white space is not collapsed: it only separates). Returns the folded length.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Fold(ReadOnlySpan<char> text, char[] into)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i = LatexCommand(text, i, into, ref n);
            }
            else if (c is '{' or '}' or '$' or (>= '\u0300' and <= '\u036f'))
            {
                // dropped: braces, dollars, combining accents (their letter stays)
            }
            else if (c < 0x80)
            {
                into[n++] = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                into[n++] = ' ';
            }
            else if (Text.AccentFold.Of(c) is { } folded)
            {
                folded.CopyTo(into.AsSpan(n));
                n += folded.Length;
            }
            else
            {
                into[n++] = c;
            }
        }

        return n;
    }

    // A LaTeX command at text[start] == '\\', folded as MatchText.Fold folds it. Returns the last index consumed.
    private static int LatexCommand(ReadOnlySpan<char> text, int start, char[] into, ref int n)
    {
        int next = start + 1;
        if (next >= text.Length)
        {
            return start;
        }

        char c = text[next];
        if (c is '&' or '%' or '_' or '$' or '#')
        {
            into[n++] = c;
            return next;
        }

        if (c == '\\')
        {
            into[n++] = ' ';
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
}
