namespace Aici.Sources.Inputs;

/// <summary>A read-only stream that hands every byte it reads from the stream under it to an <see cref="IInputTap"/>.</summary>
internal sealed class TappedStream(Stream inner, IInputTap tap) : ReadOnlyStream
{
    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        tap.Append(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
