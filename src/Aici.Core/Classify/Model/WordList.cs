namespace Aici.Core.Classify.Model;

/// <summary>
/// The words of one paper as matching and the model see them: title and abstract folded as
/// <see cref="Text.MatchText.Fold"/> folds them (LaTeX accents and commands, accents, braces and dollars gone),
/// split into runs of letters and digits as <see cref="Text.PhraseMatcher"/> splits them, lower-cased, each with its
/// <see cref="WordHash"/> id. Title and abstract are separate segments: no word pair spans them.
/// A reusable scratch buffer: one per worker, cleared per paper; it allocates only when a paper is longer than any
/// before it. ASCII text (the common case, once folded) is lower-cased with vector instructions and split and hashed
/// without a branch per character or per word (<see cref="AsciiWords"/>).
/// </summary>
public sealed class WordList
{
    private char[] _chars = new char[4096];
    private char[] _folded = new char[4096];
    private ulong[] _hashes = new ulong[4096];
    private int[] _starts = new int[512];
    private int[] _ends = new int[512];
    private ulong[] _ids = new ulong[512];
    private bool[] _segmentStarts = new bool[512];
    private int[] _segmentFirsts = new int[4];
    private int _segments;
    private int _used;

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The ids of all words, in order.</summary>
    public ReadOnlySpan<ulong> Ids => _ids.AsSpan(0, Count);

    /// <summary>Word <paramref name="index"/>, lower case.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return _chars.AsSpan(_starts[index], _ends[index] - _starts[index]);
    }

    /// <summary>The <see cref="WordHash"/> id of word <paramref name="index"/>.</summary>
    public ulong Id(int index) => _ids[index];

    /// <summary>True when word <paramref name="index"/> is the first of its segment (title or abstract).</summary>
    public bool StartsSegment(int index) => _segmentStarts[index];

    /// <summary>Which words start their segment, in order.</summary>
    internal ReadOnlySpan<bool> SegmentStarts => _segmentStarts.AsSpan(0, Count);

    /// <summary>
    /// The words of segment <paramref name="segment"/> (0 the first added, the title; 1 the abstract), as indices
    /// [Start, End); empty for a segment without words or one never added.
    /// </summary>
    public (int Start, int End) Segment(int segment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segment);
        return segment >= _segments ? (Count, Count)
            : (_segmentFirsts[segment], segment + 1 < _segments ? _segmentFirsts[segment + 1] : Count);
    }

    /// <summary>
    /// What separates word <paramref name="index"/> from the next word of its segment: read from the lower-cased
    /// text, which ASCII segments keep whole; <see cref="WordJoin.Unknown"/> for other segments.
    /// </summary>
    internal WordJoin JoinAfter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)(index + 1), (uint)Count, nameof(index));
        int gap = _starts[index + 1] - _ends[index];
        return gap == 0 ? WordJoin.Unknown : gap == 1 && _chars[_ends[index]] == '-' ? WordJoin.Hyphen : WordJoin.Other;
    }

    public void Clear()
    {
        Count = 0;
        _used = 0;
        _segments = 0;
    }

    /// <summary>Adds the words of <paramref name="text"/> as a new segment.</summary>
    public void AddSegment(ReadOnlySpan<char> text)
    {
        // a folded character becomes at most two ("ß" → "ss"), and n characters hold at most (n + 1) / 2 words
        Reserve(text.Length * 2);
        int first = Count;
        if (_segments == _segmentFirsts.Length)
        {
            Array.Resize(ref _segmentFirsts, _segments * 2);
        }

        _segmentFirsts[_segments++] = first;
        if (WordFold.IsPlain(text))
        {
            SplitAscii(text);
        }
        else
        {
            int length = WordFold.Fold(text, _folded);
            ReadOnlySpan<char> folded = _folded.AsSpan(0, length);
            if (System.Text.Ascii.IsValid(folded))
            {
                SplitAscii(folded);
            }
            else
            {
                SplitUnicode(folded);
            }
        }

        Span<bool> starts = _segmentStarts.AsSpan(first, Count - first);
        starts.Clear();
        if (!starts.IsEmpty)
        {
            starts[0] = true;
        }
    }

    private void Reserve(int length)
    {
        int padded = AsciiWords.Padded(length);
        if (_chars.Length - _used < padded)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + padded));
        }

        if (_folded.Length < length)
        {
            _folded = new char[Math.Max(_folded.Length * 2, length)];
        }

        if (_hashes.Length < padded)
        {
            _hashes = new ulong[Math.Max(_hashes.Length * 2, padded)];
        }

        int words = Count + (length / 2) + 1 + AsciiWords.Slack;
        if (_starts.Length < words)
        {
            int size = Math.Max(_starts.Length * 2, words);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _ids, size);
            Array.Resize(ref _segmentStarts, size);
        }
    }

    // ASCII text: lower-cased into the character buffer (padded with separators), then hashed and split there.
    private void SplitAscii(ReadOnlySpan<char> text)
    {
        Span<char> padded = _chars.AsSpan(_used, AsciiWords.Padded(text.Length));
        System.Text.Ascii.ToLower(text, padded[..text.Length], out _);
        padded[text.Length..].Fill(' ');
        AsciiWords.PrefixHashes(padded, text.Length, _hashes);
        Count += AsciiWords.Bounds(padded, text.Length, _hashes, _used, _starts.AsSpan(Count), _ends.AsSpan(Count), _ids.AsSpan(Count));
        _used += text.Length;
    }

    // Any other text: runs of Unicode letters and digits, lower-cased invariantly, one character at a time.
    private void SplitUnicode(ReadOnlySpan<char> text)
    {
        char[] chars = _chars;
        int used = _used;
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

            _starts[Count] = start;
            _ends[Count] = used;
            _ids[Count++] = h;
        }

        _used = used;
    }
}
