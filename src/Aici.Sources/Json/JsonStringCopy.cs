using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Aici.Sources.Json;

/// <summary>
/// Copies the string value under a <see cref="Utf8JsonReader"/> into a UTF-16 buffer, as
/// <see cref="Utf8JsonReader.CopyString(Span{char})"/> does, but without its pooled scratch buffer (which it clears
/// after every use): runs between escapes are transcoded straight into the destination, and the common escapes are
/// decoded in place. Escapes of UTF-16 surrogates and invalid UTF-8 are left to <see cref="Utf8JsonReader.CopyString(Span{char})"/>,
/// so that they fail (or not) exactly as they would there.
/// </summary>
internal static class JsonStringCopy
{
    private static readonly SearchValues<byte> Backslash = SearchValues.Create("\\"u8);

    /// <summary>Copies the current string value into <paramref name="destination"/> (room for its length in bytes); returns the characters written.</summary>
    public static int Copy(ref Utf8JsonReader reader, Span<char> destination)
    {
        int written = reader.HasValueSequence ? -1 : TryCopy(reader.ValueSpan, reader.ValueIsEscaped, destination);
        return written >= 0 ? written : reader.CopyString(destination);
    }

    /// <summary>
    /// Copies a string value given as its bytes between the quotes, whose escapes are known to be well formed (checked
    /// by a <see cref="Utf8JsonReader"/> or <see cref="JsonLineScan"/>), into <paramref name="destination"/> (room
    /// for its length in bytes); returns the characters written, or -1 for invalid UTF-8 or an escaped surrogate
    /// (left to <see cref="Utf8JsonReader.CopyString(Span{char})"/>).
    /// </summary>
    public static int TryCopy(ReadOnlySpan<byte> source, bool escapes, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("the destination has less room than the source has bytes", nameof(destination));
        }

        int written = 0;
        while (true)
        {
            // plain ASCII 32 bytes at a time, widened in line; at a backslash or a byte past ASCII the chunk's plain
            // head is kept (the widened tail is written over later: characters written never pass bytes read, so a
            // whole chunk fits the destination) and the general path goes on from there
            int ascii = AsciiHead(source, destination[written..]);
            written += ascii;
            source = source[ascii..];
            if (source.IsEmpty)
            {
                return written;
            }

            // stopped at an escape (the common case: an abstract has one a line), or at a byte past ASCII, which the
            // library transcodes up to the next escape
            int run = source[0] == (byte)'\\' ? 0 : escapes ? source.IndexOfAny(Backslash) : -1;
            if (run != 0)
            {
                ReadOnlySpan<byte> plain = run < 0 ? source : source[..run];
                if (Utf8.ToUtf16(plain, destination[written..], out _, out int chars, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return -1;
                }

                written += chars;
                if (run < 0)
                {
                    return written;
                }
            }

            // a backslash and one of "\/bfnrtu, then four hex digits for u
            source = source[run..];
            char escaped = source[1] switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                (byte)'u' => (char)Hex(source.Slice(2, 4)),
                byte other => (char)other,
            };
            if (char.IsSurrogate(escaped))
            {
                return -1;
            }

            destination[written++] = escaped;
            source = source[(source[1] == (byte)'u' ? 6 : 2)..];
        }
    }

    // Widens the bytes of `source` into `destination` up to its first backslash or byte past ASCII (or its end, in
    // whole chunks of 32); returns how many it took.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiHead(ReadOnlySpan<byte> source, Span<char> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return 0;
        }

        ref byte from = ref MemoryMarshal.GetReference(source);
        ref ushort into = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        Vector256<byte> backslash = Vector256.Create((byte)'\\');
        Vector256<byte> high = Vector256.Create((byte)0x80);
        int at = 0;
        for (; at + Vector256<byte>.Count <= source.Length; at += Vector256<byte>.Count)
        {
            Vector256<byte> bytes = Vector256.LoadUnsafe(ref from, (nuint)at);
            (Vector256<ushort> lower, Vector256<ushort> upper) = Vector256.Widen(bytes);
            lower.StoreUnsafe(ref into, (nuint)at);
            upper.StoreUnsafe(ref into, (nuint)(at + Vector256<ushort>.Count));
            uint stop = (Vector256.Equals(bytes, backslash) | Vector256.GreaterThanOrEqual(bytes, high)).ExtractMostSignificantBits();
            if (stop != 0)
            {
                return at + System.Numerics.BitOperations.TrailingZeroCount(stop);
            }
        }

        return at;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte d in digits)
        {
            value = (value << 4) | (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }

        return value;
    }
}
