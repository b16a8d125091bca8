using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Inputs;
using Aici.Sources.Papers;

namespace Aici.Sources.Parallel;

/// <summary>
/// Reads input files with every core: one reader thread cuts each file (gzip or not) into batches of whole lines,
/// worker threads (one per core) parse their batch's records (<see cref="TextRecordParser"/>) and hand each to their own
/// <see cref="IRecordWorker"/>, and the calling thread writes the batches' output and reports their diagnostics in
/// input order. Memory is bounded by the batches in flight. Kaggle snapshot and papers JSON lines take this fast path;
/// other formats (Atom feeds, OpenAlex) are read by their regular reader on the reader thread and still classified by
/// the workers.
/// </summary>
public sealed class ParallelRecordReader
{
    private const int ItemsPerBatch = 2048;

    private readonly int _workers;
    private readonly int _batchBytes;

    /// <param name="workers">Worker threads; 0 means one per core.</param>
    /// <param name="batchBytes">The size of a batch of lines.</param>
    public ParallelRecordReader(int workers = 0, int batchBytes = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchBytes, 1024);
        _workers = workers == 0 ? Environment.ProcessorCount : workers;
        _batchBytes = batchBytes;
    }

    /// <summary>Reads <paramref name="files"/>, writing each worker's output to <paramref name="output"/> in input order.</summary>
    /// <param name="report">Called on the calling thread with each diagnostic, in input order.</param>
    public ReadCounts Run(
        IReadOnlyList<SourceFile> files, Func<IRecordWorker> createWorker, Stream output, Action<Diagnostic> report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(createWorker);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        int inFlight = _workers * 4;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var free = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>());
        using var work = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>(), inFlight);
        using var ordered = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>(), inFlight);
        var batches = new List<Batch>();
        for (int i = 0; i < inFlight; i++)
        {
            batches.Add(new Batch());
            free.Add(batches[^1], CancellationToken.None);
        }

        ExceptionDispatchInfo? failure = null;
        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            cancel.Cancel();
        }

        var pipeline = new Pipeline(free, work, ordered, cancel.Token);
        var threads = new List<Thread>
        {
            new(() => Guard(() => ReadAll(files, pipeline), Fail, () => { work.CompleteAdding(); ordered.CompleteAdding(); }))
            {
                Name = "aici reader", IsBackground = true,
            },
        };
        for (int w = 0; w < _workers; w++)
        {
            threads.Add(new Thread(() => Guard(() => Work(createWorker(), pipeline), Fail, () => { }))
            {
                Name = "aici worker", IsBackground = true,
            });
        }

        threads.ForEach(t => t.Start());
        long records = 0, rejected = 0, warnings = 0;
        try
        {
            foreach (Batch batch in ordered.GetConsumingEnumerable(cancel.Token))
            {
                batch.WaitDone(cancel.Token);
                output.Write(batch.Output.WrittenSpan);
                foreach (Diagnostic diagnostic in batch.Diagnostics)
                {
                    if (diagnostic.Severity == DiagnosticSeverity.Error)
                    {
                        rejected++;
                    }
                    else
                    {
                        warnings++;
                    }

                    report(diagnostic);
                }

                records += batch.Records;
                batch.Reset();
                free.Add(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (failure is not null)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
        finally
        {
            cancel.Cancel();
            threads.ForEach(t => t.Join());
            batches.ForEach(b => b.Dispose());
        }

        failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
        return new ReadCounts(records, rejected, warnings);
    }

    private static void Guard(Action action, Action<Exception> fail, Action always)
    {
        try
        {
            action();
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // any failure of a thread is handed to the calling thread, which rethrows it
        catch (Exception e)
#pragma warning restore CA1031
        {
            fail(e);
        }
        finally
        {
            always();
        }
    }

    private void ReadAll(IReadOnlyList<SourceFile> files, Pipeline pipeline)
    {
        foreach (SourceFile file in files)
        {
            if (file.Format is KaggleSnapshotReader.FormatName or PapersJsonLinesReader.FormatName)
            {
                ReadLines(file, pipeline);
            }
            else
            {
                ReadItems(file, pipeline);
            }
        }
    }

    private void ReadLines(SourceFile file, Pipeline pipeline)
    {
        using Stream stream = InputStreams.Open(file.Path);
        byte[] carry = [];
        int carried = 0;
        long line = 1;
        bool first = true;
        bool ended = false;
        while (!ended)
            {
                Batch batch = pipeline.Free.Take(pipeline.Token);
                batch.File = file.Path;
                batch.Format = file.Format;
                batch.Reserve(_batchBytes + carried);
                Buffer.BlockCopy(carry, 0, batch.Bytes, 0, carried);
                int filled = carried;
                int start = 0;
                int end;
                string? failure = null;
                while (true)
                {
                    (int read, failure) = Fill(stream, batch.Bytes, filled);
                    filled += read;
                    ended = failure is not null || filled < batch.Bytes.Length;
                    if (first && filled >= 3 && batch.Bytes[0] == 0xEF && batch.Bytes[1] == 0xBB && batch.Bytes[2] == 0xBF)
                    {
                        start = 3;
                    }

                    int last = batch.Bytes.AsSpan(start, filled - start).LastIndexOf((byte)'\n');
                    if (ended && failure is null)
                    {
                        end = filled;
                        break;
                    }

                    if (last >= 0 || ended)
                    {
                        end = last >= 0 ? start + last + 1 : start;
                        break;
                    }

                    batch.Grow(batch.Bytes.Length * 2, filled);
                }

                first = false;
                carried = ended ? 0 : filled - end;
                if (carried > 0)
                {
                    if (carry.Length < carried)
                    {
                        carry = new byte[Math.Max(carried, _batchBytes)];
                    }

                    Buffer.BlockCopy(batch.Bytes, end, carry, 0, carried);
                }

                batch.Start = start;
                batch.Length = end - start;
                batch.FirstLine = line;
                line += batch.Bytes.AsSpan(start, end - start).Count((byte)'\n');
                pipeline.Push(batch);
                if (failure is not null)
                {
                    Batch problem = pipeline.Free.Take(pipeline.Token);
                    problem.File = file.Path;
                    problem.Format = file.Format;
                    problem.Diagnostics.Add(Diagnostic.Rejected(file.Path, line, Json.JsonLines.FileField, failure));
                    pipeline.Push(problem);
                }
        }
    }

    private static (int Read, string? Failure) Fill(Stream stream, byte[] buffer, int filled)
    {
        try
        {
            return (stream.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false), null);
        }
        catch (EndOfStreamException)
        {
            return (0, CheckedGzipStream.TruncatedMessage);
        }
        catch (InvalidDataException e)
        {
            return (0, "corrupt compressed stream: " + e.Message);
        }
        catch (IOException e)
        {
            return (0, "read error: " + e.Message);
        }
    }

    private static void ReadItems(SourceFile file, Pipeline pipeline)
    {
        Batch? batch = null;
        foreach (ReadItem item in SourceFactory.Create(file).Read(pipeline.Token))
        {
            if (batch is null)
            {
                batch = pipeline.Free.Take(pipeline.Token);
                batch.File = file.Path;
                batch.Format = file.Format;
            }

            batch.Items.Add(item);
            if (batch.Items.Count == ItemsPerBatch)
            {
                pipeline.Push(batch);
                batch = null;
            }
        }

        if (batch is not null)
        {
            pipeline.Push(batch);
        }
    }

    private static void Work(IRecordWorker worker, Pipeline pipeline)
    {
        try
        {
            WorkOn(worker, pipeline);
        }
        finally
        {
            (worker as IDisposable)?.Dispose();
        }
    }

    private static void WorkOn(IRecordWorker worker, Pipeline pipeline)
    {
        var record = new TextRecord();
        var kaggle = new TextRecordParser(arxiv: true);
        var papers = new TextRecordParser(arxiv: false);
        foreach (Batch batch in pipeline.Work.GetConsumingEnumerable(pipeline.Token))
        {
            if (batch.Items.Count > 0)
            {
                ProcessItems(batch, worker, record);
            }
            else
            {
                ProcessLines(batch, worker, record, batch.Format == KaggleSnapshotReader.FormatName ? kaggle : papers);
            }

            batch.MarkDone();
        }
    }

    private static void ProcessLines(Batch batch, IRecordWorker worker, TextRecord record, TextRecordParser parser)
    {
        ReadOnlySpan<byte> data = batch.Bytes.AsSpan(batch.Start, batch.Length);
        long lineNumber = batch.FirstLine;
        while (!data.IsEmpty)
        {
            int newline = data.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? data : data[..newline];
            data = newline < 0 ? [] : data[(newline + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IndexOfAnyExcept(" \t\r\f\v"u8) >= 0 && parser.Parse(line, batch.File, lineNumber, record, batch.Diagnostics))
            {
                worker.Process(record, batch.Output);
                batch.Records++;
            }

            lineNumber++;
        }
    }

    private static void ProcessItems(Batch batch, IRecordWorker worker, TextRecord record)
    {
        foreach (ReadItem item in batch.Items)
        {
            if (item.Diagnostic is { } diagnostic)
            {
                batch.Diagnostics.Add(diagnostic);
            }

            if (item.Paper is { } paper)
            {
                record.From(paper);
                worker.Process(record, batch.Output);
                batch.Records++;
            }
        }
    }

    private sealed record Pipeline(
        BlockingCollection<Batch> Free, BlockingCollection<Batch> Work, BlockingCollection<Batch> Ordered, CancellationToken Token)
    {
        /// <summary>Queues a batch for the writer (in order) and for a worker.</summary>
        public void Push(Batch batch)
        {
            if (batch.Length == 0 && batch.Items.Count == 0)
            {
                batch.MarkDone();
                Ordered.Add(batch, Token);
                return;
            }

            Ordered.Add(batch, Token);
            Work.Add(batch, Token);
        }
    }
}
