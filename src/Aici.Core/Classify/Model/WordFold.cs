using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Aici.Core.Classify.Model;

/// <summary>
/// <see cref="Text.MatchText.Fold"/>'s folding as far as words go (white space is not collapsed: it only separates):
/// LaTeX accents and commands, braces, dollars and combining accents dropped, accented letters folded to ASCII.
/// Runs of plain ASCII are copied whole; only the characters around them are looked at one by one.
/// </summary>
internal static class WordFold
{
    /// <summary>Characters copied as they are: ASCII but the LaTeX specials.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => c is not ('\\' or '{' or '}' or '$'))));

    /// <summary>True when <paramref name="text"/> needs no folding: plain ASCII without LaTeX specials.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(Plain);

    /// <summary>Folds <paramref name="text"/> into <paramref name="into"/> (room for twice its length); returns the folded length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        int i = 0;
        while (i < text.Length)
        {
            // plain characters 16 at a time, copied as they are checked (runs between specials are short in LaTeX)
            int plain = PlainHead(text[i..], into[n..]);
            i += plain;
            n += plain;
            if (i >= text.Length)
            {
                break;
            }

            int run = text[i..].IndexOfAnyExcept(Plain);
            if (run < 0)
            {
                run = text.Length - i;
            }

            text.Slice(i, run).CopyTo(into[n..]);
            n += run;
            i += run;
            if (i < text.Length)
            {
                i = Special(text, i, into, ref n) + 1;
            }
        }

        return n;
    }

    // Copies the head of `text` up to its first character that is not plain (past ASCII, or a LaTeX special) into
    // `into`, whole chunks of 16 only; returns how many it took. (A chunk is stored before it is checked: the
    // characters past the head are written over later, and `into` has room for the text.)
    private static int PlainHead(ReadOnlySpan<char> text, Span<char> into)
    {
        if (!Vector256.IsHardwareAccelerated || into.Length < text.Length)
        {
            return 0;
        }

        ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(into));
        int at = 0;
        for (; at + 16 <= text.Length; at += 16)
        {
            var c = Vector256.LoadUnsafe(ref from, (nuint)at);
            c.StoreUnsafe(ref to, (nuint)at);
            var special = Vector256.GreaterThanOrEqual(c, Vector256.Create((ushort)0x80))
                | Vector256.Equals(c, Vector256.Create((ushort)'\\'))
                | Vector256.Equals(c, Vector256.Create((ushort)'{'))
                | Vector256.Equals(c, Vector256.Create((ushort)'}'))
                | Vector256.Equals(c, Vector256.Create((ushort)'$'));
            uint bits = special.ExtractMostSignificantBits();
            if (bits != 0)
            {
                return at + System.Numerics.BitOperations.TrailingZeroCount(bits);
            }
        }

        return at;
    }

    // One character that is not plain ASCII, at text[i]; returns the last index consumed.
    private static int Special(ReadOnlySpan<char> text, int i, Span<char> into, ref int n)
    {
        char c = text[i];
        if (c == '\\')
        {
            return LatexCommand(text, i, into, ref n);
        }

        if (c is '{' or '}' or '$' or (>= '\u0300' and <= '\u036f'))
        {
            // dropped: braces, dollars, combining accents (their letter stays)
        }
        else if (char.IsWhiteSpace(c))
        {
            into[n++] = ' ';
        }
        else if (Text.AccentFold.Of(c) is { } folded)
        {
            folded.CopyTo(into[n..]);
            n += folded.Length;
        }
        else
        {
            into[n++] = c;
        }

        return i;
    }

    // A LaTeX command at text[start] == '\\', folded as MatchText.Fold folds it. Returns the last index consumed.
    private static int LatexCommand(ReadOnlySpan<char> text, int start, Span<char> into, ref int n)
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
}
