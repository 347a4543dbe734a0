using System.Runtime.CompilerServices;

namespace Skia.Toolkit.Threading;

/// <summary>
/// FrameQueue carries a lossless stream (trades, chart points) from producer threads to the UI thread in
/// per-frame batches: producers on any thread <see cref="TryEnqueue"/>, the UI thread takes everything queued
/// since the last frame at once (<see cref="TakeBatch()"/>, or <see cref="FrameClock.Subscribe{T}(FrameQueue{T}, Action{ReadOnlySpan{T}})"/>
/// to have the clock do it each frame). It is bounded: when <see cref="Capacity"/> items wait, further items
/// are refused and counted in <see cref="Dropped"/>, so a stalled UI cannot exhaust memory and a loss is never
/// silent. Where <see cref="LatestValue{T}"/> keeps only the newest value, this keeps every one.
/// </summary>
/// <remarks>
/// Two buffers of <see cref="Capacity"/> items are allocated up front and swapped at each batch, so enqueueing
/// and draining allocate nothing. A short lock guards the producers' buffer: at thousands of items a second it
/// is almost never contended, and the UI thread holds it only for the swap.
/// </remarks>
/// <typeparam name="T">The item type; items are handed over as they are, so a reference type should be immutable.</typeparam>
public sealed class FrameQueue<T>
{
    private readonly Lock gate = new();
    private T[] filling;
    private T[] draining;
    private int filled;
    // Items of the last batch handed out, still referenced by `draining` until the next batch clears them.
    private int drained;
    private long dropped;
    // Stopwatch time of the first item enqueued since the last batch (skia.toolkit.snapshot.wait); under the lock.
    private long firstQueuedAt;

    /// <summary>FrameQueue makes a queue that holds at most <paramref name="capacity"/> items between two batches.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive.</exception>
    public FrameQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        filling = new T[capacity];
        draining = new T[capacity];
    }

    /// <summary>Capacity is the most items that can wait between two batches; more are dropped and counted.</summary>
    public int Capacity => filling.Length;

    /// <summary>Count is the number of items waiting for the next batch (any thread; a moment's snapshot).</summary>
    public int Count => Volatile.Read(ref filled);

    /// <summary>HasPending says whether items wait for the next batch.</summary>
    public bool HasPending => Count != 0;

    /// <summary>Dropped is how many items were refused since the queue was made because <see cref="Capacity"/> items were waiting.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>
    /// TryEnqueue adds <paramref name="item"/> for the next batch; callable from any thread, never waits for the UI.
    /// Returns false, and counts the item in <see cref="Dropped"/>, when <see cref="Capacity"/> items already wait.
    /// </summary>
    public bool TryEnqueue(T item)
    {
        lock (gate)
        {
            if (filled < filling.Length)
            {
                if (filled == 0) firstQueuedAt = System.Diagnostics.Stopwatch.GetTimestamp();
                filling[filled] = item;
                Volatile.Write(ref filled, filled + 1);
                return true;
            }
        }
        Interlocked.Increment(ref dropped);
        return false;
    }

    /// <summary>
    /// TakeBatch returns every item enqueued since the previous batch, oldest first, and empties the queue. Call
    /// it from one consumer thread (the UI thread, once per frame); the span is valid until the next call.
    /// </summary>
    public ReadOnlySpan<T> TakeBatch() => TakeBatch(out _);

    /// <summary>TakeBatch as above, also giving the Stopwatch time at which the batch's oldest item was enqueued (0 for an empty batch).</summary>
    internal ReadOnlySpan<T> TakeBatch(out long oldestQueuedAt)
    {
        // The buffer about to take new items still holds the previous batch: let go of its references first.
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(draining, 0, drained);
        lock (gate)
        {
            (filling, draining) = (draining, filling);
            drained = filled;
            oldestQueuedAt = filled == 0 ? 0 : firstQueuedAt;
            Volatile.Write(ref filled, 0);
        }
        return new ReadOnlySpan<T>(draining, 0, drained);
    }
}
