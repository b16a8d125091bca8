using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

using Aici.Core.Domain;
using Aici.Sources.Json;

namespace Aici.Sources.Inputs;

/// <summary>
/// Reads one input with every core and hands back its records in input order. A reader thread cuts a JSON-lines
/// file (gzip or not) into batches of lines; worker threads, one per core, parse their batch with their own parser and
/// hand each paper to their own function (classify, locate…); the calling thread gets the batches back in order with
/// each paper's result. Other formats are parsed by their own reader on the reader thread and only processed by the
/// workers. The items are those of <see cref="IPaperSource.Read"/>, in the same order. Memory is bounded by the
/// batches in flight (four per worker).
/// </summary>
public sealed class ParallelPaperReader
{
    private const int RecordsPerBatch = 512;
    private const int BytesPerBatch = 1 << 20;

    private readonly int _workers;

    /// <param name="workers">Worker threads; 0 means one per core.</param>
    public ParallelPaperReader(int workers = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        _workers = workers == 0 ? Environment.ProcessorCount : workers;
    }

    /// <summary>The batches of <paramref name="source"/>, in input order.</summary>
    /// <param name="source">The input.</param>
    /// <param name="createWorker">Called once on each worker thread: the function that worker applies to each paper.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public IEnumerable<PaperBatch<T>> Read<T>(IPaperSource source, Func<Func<Paper, T>> createWorker, CancellationToken cancellationToken = default) =>
        Read(source, createWorker, null, cancellationToken);

    /// <summary>The batches of <paramref name="source"/>, in input order, its bytes handed to <paramref name="tap"/>.</summary>
    /// <param name="source">The input.</param>
    /// <param name="createWorker">Called once on each worker thread: the function that worker applies to each paper.</param>
    /// <param name="tap">Sees the file's bytes as they are read, when <see cref="Taps"/> says the source is read here as
    /// a file (its own reader opens the others).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public IEnumerable<PaperBatch<T>> Read<T>(IPaperSource source, Func<Func<Paper, T>> createWorker, IInputTap? tap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(createWorker);
        return ReadBatches(source, createWorker, tap, cancellationToken);
    }

    /// <summary>Whether <see cref="Read"/> reads <paramref name="source"/>'s file itself (and so feeds a tap).</summary>
    public static bool Taps(IPaperSource source) => (source as IJsonLinesSource)?.CreateLineParser() is not null;

    private IEnumerable<PaperBatch<T>> ReadBatches<T>(IPaperSource source, Func<Func<Paper, T>> createWorker, IInputTap? tap, CancellationToken cancellationToken)
    {
        bool lines = Taps(source);
        int inFlight = _workers * 4;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var free = new BlockingCollection<PaperBatch<T>>(new ConcurrentQueue<PaperBatch<T>>());
        using var work = new BlockingCollection<PaperBatch<T>>(new ConcurrentQueue<PaperBatch<T>>(), inFlight);
        using var ordered = new BlockingCollection<PaperBatch<T>>(new ConcurrentQueue<PaperBatch<T>>(), inFlight);
        var batches = new List<PaperBatch<T>>(inFlight);
        for (int i = 0; i < inFlight; i++)
        {
            batches.Add(new PaperBatch<T>());
            free.Add(batches[^1], CancellationToken.None);
        }

        var state = new State<T>(free, work, ordered, cancel);
        var threads = new List<Thread>
        {
            new(() => state.Guard(() => { if (lines) { ReadLines(source, tap, state); } else { ReadItems(source, state); } }, () => { work.CompleteAdding(); ordered.CompleteAdding(); }))
            {
                Name = "aici reader", IsBackground = true,
            },
        };
        for (int w = 0; w < _workers; w++)
        {
            threads.Add(new Thread(() => state.Guard(() => Work(source, createWorker(), state), () => { }))
            {
                Name = "aici worker", IsBackground = true,
            });
        }

        threads.ForEach(t => t.Start());
        try
        {
            while (state.Next() is { } batch)
            {
                yield return batch;
                batch.Reset();
                free.Add(batch, CancellationToken.None);
            }
        }
        finally
        {
            cancel.Cancel();
            threads.ForEach(t => t.Join());
            batches.ForEach(b => b.Dispose());
        }

        state.Failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void ReadLines<T>(IPaperSource source, IInputTap? tap, State<T> state)
    {
        using var lines = new LineSplitter(InputStreams.Open(source.Path, tap));
        PaperBatch<T>? batch = null;
        while (lines.MoveNext())
        {
            batch ??= state.Free.Take(state.Token);
            batch.AddLine(lines.Current, lines.LineNumber);
            if (batch.Lines.Count == RecordsPerBatch || batch.ByteCount >= BytesPerBatch)
            {
                state.Push(batch);
                batch = null;
            }
        }

        if (lines.Failure is { } reason)
        {
            batch ??= state.Free.Take(state.Token);
            batch.Items.Add(ReadItem.Of(Diagnostic.Rejected(source.Path, lines.FailureLine, JsonLines.FileField, reason)));
        }

        if (batch is not null)
        {
            state.Push(batch);
        }
    }

    private static void ReadItems<T>(IPaperSource source, State<T> state)
    {
        PaperBatch<T>? batch = null;
        foreach (ReadItem item in source.Read(state.Token))
        {
            batch ??= state.Free.Take(state.Token);
            batch.Items.Add(item);
            if (batch.Items.Count == RecordsPerBatch)
            {
                state.Push(batch);
                batch = null;
            }
        }

        if (batch is not null)
        {
            state.Push(batch);
        }
    }

    private static void Work<T>(IPaperSource source, Func<Paper, T> process, State<T> state)
    {
        IJsonLineParser? parser = (source as IJsonLinesSource)?.CreateLineParser();
        var parsed = new List<ReadItem>();
        foreach (PaperBatch<T> batch in state.Work.GetConsumingEnumerable(state.Token))
        {
            if (batch.Lines.Count > 0)
            {
                // A failure diagnostic the reader added comes after the lines.
                parsed.Clear();
                for (int i = 0; i < batch.Lines.Count; i++)
                {
                    JsonLines.ParseLine(source.Path, batch.Line(i), batch.Lines[i].Number, parser!, parsed);
                }

                batch.Items.InsertRange(0, parsed);
            }

            foreach (ReadItem item in batch.Items)
            {
                batch.Results.Add(item.Paper is { } paper ? process(paper) : default!);
            }

            batch.Done.Set();
        }
    }

    /// <summary>The queues shared by the threads, and the first failure of any of them.</summary>
    private sealed class State<T>(
        BlockingCollection<PaperBatch<T>> free,
        BlockingCollection<PaperBatch<T>> work,
        BlockingCollection<PaperBatch<T>> ordered,
        CancellationTokenSource cancel)
    {
        private ExceptionDispatchInfo? _failure;

        public BlockingCollection<PaperBatch<T>> Free => free;

        public BlockingCollection<PaperBatch<T>> Work => work;

        public CancellationToken Token => cancel.Token;

        public ExceptionDispatchInfo? Failure => Volatile.Read(ref _failure);

        public void Push(PaperBatch<T> batch)
        {
            ordered.Add(batch, Token);
            work.Add(batch, Token);
        }

        /// <summary>The next batch in input order once its worker is done; null at the end or after a failure.</summary>
        public PaperBatch<T>? Next()
        {
            try
            {
                if (!ordered.TryTake(out PaperBatch<T>? batch, Timeout.Infinite, Token))
                {
                    return null;
                }

                batch.Done.Wait(Token);
                return batch;
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public void Guard(Action action, Action always)
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
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
                cancel.Cancel();
            }
            finally
            {
                always();
            }
        }
    }
}
