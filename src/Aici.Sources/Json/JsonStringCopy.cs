using System.Buffers;
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
        int written = 0;
        while (true)
        {
            int run = escapes ? source.IndexOfAny(Backslash) : -1;
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
