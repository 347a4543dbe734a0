namespace Skia.Toolkit.Threading;

/// <summary>
/// LatestValue is a lock-free slot holding the newest immutable snapshot from a producer thread
/// (the market feed) for the UI thread. The writer never blocks and never waits for the reader;
/// the reader takes the newest value at most once, and older values it never saw are simply
/// dropped. The snapshot must be immutable once published: the slot hands out the reference.
/// </summary>
/// <typeparam name="T">The snapshot type; a reference, so a read can never be torn.</typeparam>
public sealed class LatestValue<T> where T : class
{
    private T? value;

    // 1 when a value was published since the reader last took one. Writer order: value, then flag;
    // reader order: clear flag, then read value. So a reader that sees the flag also sees that
    // value or a newer one, and a value published after the reader's read sets the flag again:
    // the newest value is never lost.
    private int fresh;

    // Only the reader touches this: the last reference it handed out, so a flag raised by a
    // publish that the reader already saw (the race above) does not hand the same value twice.
    private T? lastTaken;

    // Stopwatch time of the first publish since the reader last took a value: how long the newest data waited
    // for a frame (skia.toolkit.snapshot.wait). Written before the flag is raised, read after it is cleared; a
    // race between the two moves the figure by one publish interval at most, never the value handed out.
    private long pendingSince;

    /// <summary>Publish makes <paramref name="snapshot"/> the newest value; never blocks; callable from any thread.</summary>
    public void Publish(T snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Volatile.Read(ref fresh) == 0) Volatile.Write(ref pendingSince, System.Diagnostics.Stopwatch.GetTimestamp());
        Volatile.Write(ref value, snapshot);
        Interlocked.Exchange(ref fresh, 1);
    }

    /// <summary>HasNew says whether a value newer than the last one taken is waiting (ask from the reader thread).</summary>
    public bool HasNew => Volatile.Read(ref fresh) != 0 && !ReferenceEquals(Volatile.Read(ref value), lastTaken);

    /// <summary>Latest is the newest published value, taken or not (null before the first publish).</summary>
    public T? Latest => Volatile.Read(ref value);

    /// <summary>
    /// TryTake returns the newest value if it was not taken before. Call it from one reader thread
    /// (the UI thread, once per frame); values published in between are skipped.
    /// </summary>
    public bool TryTake(out T snapshot) => TryTake(out snapshot, out _);

    /// <summary>TryTake as above, also giving the Stopwatch time at which the value taken (or the first value published after the previous take) arrived.</summary>
    internal bool TryTake(out T snapshot, out long publishedAt)
    {
        publishedAt = Volatile.Read(ref pendingSince);
        if (Interlocked.Exchange(ref fresh, 0) != 0)
        {
            var current = Volatile.Read(ref value)!;
            if (!ReferenceEquals(current, lastTaken))
            {
                lastTaken = current;
                snapshot = current;
                return true;
            }
        }
        snapshot = null!;
        return false;
    }
}
