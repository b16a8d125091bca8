using System.Buffers;

using Aici.Core.Domain;

namespace Aici.Sources.Parallel;

/// <summary>
/// A run of whole input lines (or of records read by a regular reader) handed to one worker, with what the worker
/// made of it: the output bytes and the diagnostics, kept until the writer takes the batch in input order.
/// Batches are recycled.
/// </summary>
internal sealed class Batch : IDisposable
{
    private readonly ManualResetEventSlim _done = new(false);

    public byte[] Bytes { get; private set; } = [];

    public int Start { get; set; }

    public int Length { get; set; }

    /// <summary>The file's index in the run and its path.</summary>
    public string File { get; set; } = "";

    /// <summary>The format the file is read as.</summary>
    public string Format { get; set; } = "";

    /// <summary>The line number of the first line in <see cref="Bytes"/>.</summary>
    public long FirstLine { get; set; }

    /// <summary>Records read by a regular reader (formats other than JSON lines), instead of bytes.</summary>
    public List<ReadItem> Items { get; } = [];

    public ArrayBufferWriter<byte> Output { get; } = new(1 << 16);

    public List<Diagnostic> Diagnostics { get; } = [];

    public long Records { get; set; }

    public void Reserve(int size)
    {
        if (Bytes.Length < size)
        {
            if (Bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(Bytes);
            }

            Bytes = ArrayPool<byte>.Shared.Rent(size);
        }
    }

    /// <summary>Grows the byte buffer, keeping its first <paramref name="keep"/> bytes.</summary>
    public void Grow(int size, int keep)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        Buffer.BlockCopy(Bytes, 0, larger, 0, keep);
        if (Bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Bytes);
        }

        Bytes = larger;
    }

    public void MarkDone() => _done.Set();

    public void WaitDone(CancellationToken cancellationToken) => _done.Wait(cancellationToken);

    public void Reset()
    {
        _done.Reset();
        Start = 0;
        Length = 0;
        Items.Clear();
        Output.ResetWrittenCount();
        Diagnostics.Clear();
        Records = 0;
    }

    public void Dispose()
    {
        _done.Dispose();
        if (Bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Bytes);
            Bytes = [];
        }
    }
}
