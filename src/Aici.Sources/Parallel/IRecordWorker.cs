using System.Buffers;

namespace Aici.Sources.Parallel;

/// <summary>
/// The work done on each record by one worker thread of <see cref="ParallelRecordReader"/>: it writes the record's
/// output (one JSON line, say) to <paramref name="output"/>. Each worker has its own instance, so it may keep scratch
/// buffers; a worker that is <see cref="IDisposable"/> is disposed when its thread ends.
/// </summary>
public interface IRecordWorker
{
    void Process(TextRecord record, IBufferWriter<byte> output);
}
