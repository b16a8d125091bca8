using System.Buffers;

namespace Aici.Sources.Inputs;

/// <summary>
/// Splits a byte stream into lines on '\n' (a '\r' before it is dropped), reading it in large pooled buffers.
/// A line longer than the buffer grows the buffer, so memory is bounded by the longest line, not the input.
/// A UTF-8 byte order mark at the start is skipped. The last line needs no '\n'.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    public const int DefaultBufferSize = 1 << 20;

    private readonly Stream stream;
    private byte[] buffer;
    private int start;
    private int end;
    private int scanned;
    private int lineStart;
    private int lineLength;
    private bool atStart = true;
    private bool eof;
    private bool done;

    public LineSplitter(Stream stream, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 16);
        this.stream = stream;
        buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>The 1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The current line's bytes, without its line end. Valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<byte> Current => buffer.AsSpan(lineStart, lineLength);

    /// <summary>Why reading stopped early (a truncated or corrupt compressed stream, a read error); else null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The line on which reading stopped when <see cref="Failure"/> is set.</summary>
    public long FailureLine => LineNumber + 1;

    public bool MoveNext()
    {
        while (!done)
        {
            int newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                newline += scanned;
                SetCurrent(start, newline);
                start = scanned = newline + 1;
                return true;
            }

            scanned = end;
            if (eof)
            {
                done = true;
                if (start < end)
                {
                    SetCurrent(start, end);
                    start = scanned = end;
                    return true;
                }

                return false;
            }

            Fill();
        }

        return false;
    }

    public void Dispose()
    {
        byte[] rented = buffer;
        buffer = [];
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        stream.Dispose();
    }

    private void SetCurrent(int from, int to)
    {
        if (to > from && buffer[to - 1] == (byte)'\r')
        {
            to--;
        }

        lineStart = from;
        lineLength = to - from;
        LineNumber++;
    }

    private void Fill()
    {
        if (start > 0)
        {
            int kept = end - start;
            Buffer.BlockCopy(buffer, start, buffer, 0, kept);
            scanned -= start;
            end = kept;
            start = 0;
        }

        if (end == buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        try
        {
            int n = stream.Read(buffer, end, buffer.Length - end);
            if (n == 0)
            {
                eof = true;
                return;
            }

            end += n;
            if (atStart)
            {
                SkipByteOrderMark();
            }
        }
        catch (EndOfStreamException)
        {
            Stop(CheckedGzipStream.TruncatedMessage);
        }
        catch (InvalidDataException e)
        {
            Stop("corrupt compressed stream: " + e.Message);
        }
        catch (IOException e)
        {
            Stop("read error: " + e.Message);
        }
    }

    private void SkipByteOrderMark()
    {
        if (LineNumber > 0 || start > 0)
        {
            atStart = false;
            return;
        }

        if (end < 3)
        {
            return;
        }

        atStart = false;
        if (buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            start = scanned = 3;
        }
    }

    private void Stop(string reason)
    {
        Failure = reason;
        done = true;
    }
}
