using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Aici.Sources.Json;

/// <summary>One member of a scanned JSON object: its key and value as byte ranges of the line.</summary>
/// <param name="KeyStart">The first byte of the key, after its opening quote.</param>
/// <param name="KeyLength">The key's bytes, without quotes.</param>
/// <param name="KeyEscaped">True when the key holds an escape (compare it unescaped, or not at all).</param>
/// <param name="ValueStart">The first byte of the value; for a string, after its opening quote.</param>
/// <param name="ValueLength">The value's bytes; for a string, without quotes.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="ValueEscaped">True when a string value holds an escape.</param>
internal readonly record struct JsonMember(
    int KeyStart, int KeyLength, bool KeyEscaped, int ValueStart, int ValueLength, JsonLineScan.ValueKind Kind, bool ValueEscaped);

/// <summary>
/// A quick check and index of a line that holds one JSON object, for readers that want a few of its members: every
/// byte is checked against JSON's grammar (strings, escapes, numbers, literals, nesting) and the whole line must be
/// valid UTF-8, but nothing is decoded; the top-level members come back as byte ranges. It is strict on purpose: a
/// line it refuses (invalid JSON, but also anything merely unusual: a byte-order mark, nesting deeper than
/// <see cref="MaxDepth"/>, more than the room given for members) is left to <see cref="System.Text.Json.Utf8JsonReader"/>,
/// whose verdict and messages then stand. So a line it accepts is one that reader reads without error, with the same
/// values. It is several times faster than that reader on strings with escapes, which the reader checks a byte at a
/// time (an arXiv abstract has a line break escape on almost every line).
/// </summary>
internal static class JsonLineScan
{
    /// <summary>The deepest nesting accepted (<see cref="System.Text.Json.Utf8JsonReader"/> allows 64 by default).</summary>
    public const int MaxDepth = 60;

    /// <summary>A JSON value's kind, as far as the readers need it.</summary>
    public enum ValueKind : byte
    {
        String,
        Null,
        Other,
    }

    // what ends a run of plain string bytes: the closing quote, an escape, or a control character (not allowed raw)
    private static readonly SearchValues<byte> StringSpecial = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    /// <summary>
    /// Checks <paramref name="line"/> and writes its top-level members into <paramref name="members"/>; returns their
    /// number, or -1 when the line is refused (see the type's remarks).
    /// </summary>
    public static int Scan(ReadOnlySpan<byte> line, Span<JsonMember> members)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return -1;
        }

        int at = SkipSpace(line, 0);
        if (at >= line.Length || line[at] != (byte)'{')
        {
            return -1;
        }

        at = SkipSpace(line, at + 1);
        int count = 0;
        if (at < line.Length && line[at] == (byte)'}')
        {
            at++;
        }
        else
        {
            while (true)
            {
                if (count == members.Length)
                {
                    return -1;
                }

                int keyStart = at + 1;
                at = SkipKey(line, at, out int keyEnd, out bool keyEscaped);
                if (at < 0)
                {
                    return -1;
                }

                int keyLength = keyEnd - keyStart;
                int valueStart = at;
                ValueKind kind = line[at] == (byte)'"' ? ValueKind.String : line[at] == (byte)'n' ? ValueKind.Null : ValueKind.Other;
                bool valueEscaped = false;
                at = kind == ValueKind.String ? SkipString(line, at + 1, out valueEscaped) : SkipValue(line, at, 2);
                if (at < 0)
                {
                    return -1;
                }

                members[count++] = kind == ValueKind.String
                    ? new JsonMember(keyStart, keyLength, keyEscaped, valueStart + 1, at - valueStart - 2, kind, valueEscaped)
                    : new JsonMember(keyStart, keyLength, keyEscaped, valueStart, at - valueStart, kind, false);
                at = SkipSpace(line, at);
                if (at < line.Length && line[at] == (byte)',')
                {
                    at = SkipSpace(line, at + 1);
                    continue;
                }

                if (at < line.Length && line[at] == (byte)'}')
                {
                    at++;
                    break;
                }

                return -1;
            }
        }

        return SkipSpace(line, at) == line.Length ? count : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpace(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && line[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }

        return at;
    }

    // From a key's opening quote: the index of its value (past the colon and white space), or -1; `end` is the index
    // of the key's closing quote.
    private static int SkipKey(ReadOnlySpan<byte> line, int at, out int end, out bool escaped)
    {
        end = -1;
        escaped = false;
        if (at >= line.Length || line[at] != (byte)'"')
        {
            return -1;
        }

        at = SkipString(line, at + 1, out escaped);
        if (at < 0)
        {
            return -1;
        }

        end = at - 1;
        at = SkipSpace(line, at);
        if (at >= line.Length || line[at] != (byte)':')
        {
            return -1;
        }

        at = SkipSpace(line, at + 1);
        return at < line.Length ? at : -1;
    }

    // From the byte after an opening quote: the index after the closing quote, or -1.
    private static int SkipString(ReadOnlySpan<byte> line, int at, out bool escaped)
    {
        escaped = false;
        while (true)
        {
            at = NextSpecial(line, at);
            if (at < 0)
            {
                return -1;
            }

            byte b = line[at];
            if (b == (byte)'"')
            {
                return at + 1;
            }

            if (b != (byte)'\\' || at + 1 >= line.Length)
            {
                return -1;
            }

            escaped = true;
            switch (line[at + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    at += 2;
                    break;
                case (byte)'u' when at + 5 < line.Length && IsHex(line[at + 2]) && IsHex(line[at + 3]) && IsHex(line[at + 4]) && IsHex(line[at + 5]):
                    at += 6;
                    break;
                default:
                    return -1;
            }
        }
    }

    // The index of the first byte from `at` on that ends a run of plain string bytes (see StringSpecial), or -1: 32
    // bytes at a time in line (most strings are short, and an abstract has an escape every line or so, so a call per
    // run cost more than the search), the last few by the library's search.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextSpecial(ReadOnlySpan<byte> line, int at)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte start = ref MemoryMarshal.GetReference(line);
            Vector256<byte> quote = Vector256.Create((byte)'"');
            Vector256<byte> backslash = Vector256.Create((byte)'\\');
            Vector256<byte> space = Vector256.Create((byte)0x20);
            for (; at + Vector256<byte>.Count <= line.Length; at += Vector256<byte>.Count)
            {
                Vector256<byte> bytes = Vector256.LoadUnsafe(ref start, (nuint)at);
                uint special = (Vector256.Equals(bytes, quote) | Vector256.Equals(bytes, backslash) | Vector256.LessThan(bytes, space)).ExtractMostSignificantBits();
                if (special != 0)
                {
                    return at + System.Numerics.BitOperations.TrailingZeroCount(special);
                }
            }
        }

        int run = line[at..].IndexOfAny(StringSpecial);
        return run < 0 ? -1 : at + run;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    // A value of any kind starting at `at` (not white space), at nesting `depth`: the index after it, or -1.
    private static int SkipValue(ReadOnlySpan<byte> line, int at, int depth)
    {
        switch (line[at])
        {
            case (byte)'"':
                return SkipString(line, at + 1, out _);
            case (byte)'{':
                return SkipContainer(line, at, depth, (byte)'}', keyed: true);
            case (byte)'[':
                return SkipContainer(line, at, depth, (byte)']', keyed: false);
            case (byte)'t':
                return Literal(line, at, "true"u8);
            case (byte)'f':
                return Literal(line, at, "false"u8);
            case (byte)'n':
                return Literal(line, at, "null"u8);
            default:
                return SkipNumber(line, at);
        }
    }

    private static int SkipContainer(ReadOnlySpan<byte> line, int at, int depth, byte close, bool keyed)
    {
        if (depth > MaxDepth)
        {
            return -1;
        }

        at = SkipSpace(line, at + 1);
        if (at < line.Length && line[at] == close)
        {
            return at + 1;
        }

        while (true)
        {
            if (at >= line.Length)
            {
                return -1;
            }

            if (keyed)
            {
                at = SkipKey(line, at, out _, out _);
                if (at < 0)
                {
                    return -1;
                }
            }

            at = SkipValue(line, at, depth + 1);
            if (at < 0)
            {
                return -1;
            }

            at = SkipSpace(line, at);
            if (at >= line.Length)
            {
                return -1;
            }

            if (line[at] == close)
            {
                return at + 1;
            }

            if (line[at] != (byte)',')
            {
                return -1;
            }

            at = SkipSpace(line, at + 1);
        }
    }

    private static int Literal(ReadOnlySpan<byte> line, int at, ReadOnlySpan<byte> literal) =>
        line[at..].StartsWith(literal) && !RunsOn(line, at + literal.Length) ? at + literal.Length : -1;

    // JSON's number: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?, followed by a delimiter
    private static int SkipNumber(ReadOnlySpan<byte> line, int at)
    {
        if (at < line.Length && line[at] == (byte)'-')
        {
            at++;
        }

        if (at >= line.Length || !IsDigit(line[at]))
        {
            return -1;
        }

        if (line[at] == (byte)'0')
        {
            at++;
        }
        else
        {
            at = Digits(line, at);
        }

        if (at < line.Length && line[at] == (byte)'.')
        {
            if (at + 1 >= line.Length || !IsDigit(line[at + 1]))
            {
                return -1;
            }

            at = Digits(line, at + 1);
        }

        if (at < line.Length && line[at] is (byte)'e' or (byte)'E')
        {
            at++;
            if (at < line.Length && line[at] is (byte)'+' or (byte)'-')
            {
                at++;
            }

            if (at >= line.Length || !IsDigit(line[at]))
            {
                return -1;
            }

            at = Digits(line, at);
        }

        return RunsOn(line, at) ? -1 : at;
    }

    private static int Digits(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && IsDigit(line[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    // True when the byte at `at` would run on from a literal or number instead of ending it (JSON needs a delimiter).
    private static bool RunsOn(ReadOnlySpan<byte> line, int at) =>
        at < line.Length && line[at] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
}
