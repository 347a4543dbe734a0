using System.Diagnostics.CodeAnalysis;

namespace Skia.Trader.Core.Threading;

/// <summary>
/// SnapshotSlot holds the newest immutable snapshot a producer thread has published, for a
/// consumer that reads at its own pace (the UI, once per frame). Lock-free: publishing never
/// waits, reading never waits, and values the consumer did not get to are simply superseded.
/// The toolkit has its own <c>LatestValue&lt;T&gt;</c>; this one keeps the domain free of it.
/// </summary>
/// <typeparam name="T">T is the snapshot type; it must be immutable, since both threads hold it.</typeparam>
public sealed class SnapshotSlot<T> where T : class
{
    private T? _value;
    private long _version;

    /// <summary>Version counts publications; it changes whenever a new value is published.</summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>Latest is the newest published value, or null before the first one.</summary>
    public T? Latest => Volatile.Read(ref _value);

    /// <summary>Publish makes <paramref name="value"/> the newest snapshot (any thread; never blocks).</summary>
    public void Publish(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // Value first, then version: a reader that sees the new version is guaranteed a value at least that new.
        Volatile.Write(ref _value, value);
        Interlocked.Increment(ref _version);
    }

    /// <summary>
    /// TryReadNewer returns the newest value when something was published since the version in
    /// <paramref name="seenVersion"/>, and advances it; false when there is nothing new.
    /// </summary>
    public bool TryReadNewer(ref long seenVersion, [NotNullWhen(true)] out T? value)
    {
        long version = Volatile.Read(ref _version);
        if (version == seenVersion)
        {
            value = null;
            return false;
        }
        value = Volatile.Read(ref _value);
        seenVersion = version;
        return value is not null;
    }
}
