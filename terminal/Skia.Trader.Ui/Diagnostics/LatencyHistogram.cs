namespace Skia.Trader.Ui.Diagnostics;

/// <summary>
/// LatencyHistogram counts latencies in fixed 0.1 ms buckets up to 2 s (longer ones go in the last bucket; the exact
/// maximum is kept apart) and answers percentiles. Fixed buckets, because it is recorded once per symbol per frame and
/// must not allocate; 0.1 ms resolves a sub-millisecond p50 on loopback, 2 s is where data is simply stale.
/// Not thread-safe: one thread records and reads (the UI thread).
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>BucketMilliseconds is the resolution of the percentiles.</summary>
    public const double BucketMilliseconds = 0.1;

    private const int BucketCount = 20_000; // 20,000 x 0.1 ms = 2 s
    private readonly int[] _buckets = new int[BucketCount];

    /// <summary>Count is the number of latencies recorded.</summary>
    public long Count { get; private set; }

    /// <summary>MaxMilliseconds is the longest latency recorded, exactly (0 when empty).</summary>
    public double MaxMilliseconds { get; private set; }

    /// <summary>Record adds one latency in milliseconds (a negative one, from clocks a little apart, counts as 0).</summary>
    public void Record(double milliseconds)
    {
        if (!(milliseconds > 0)) milliseconds = 0; // also NaN
        // Bucket i holds (i*w, (i+1)*w]: a percentile reports the upper edge, never understating a latency.
        double index = Math.Ceiling(milliseconds / BucketMilliseconds) - 1;
        _buckets[(int)Math.Clamp(index, 0, BucketCount - 1)]++;
        Count++;
        if (milliseconds > MaxMilliseconds) MaxMilliseconds = milliseconds;
    }

    /// <summary>Percentile is the upper edge, in ms, of the bucket holding the p-th fraction of latencies (0 &lt; p ≤ 1), capped at the maximum; 0 when empty.</summary>
    public double Percentile(double p)
    {
        if (Count == 0) return 0;
        long rank = Math.Max(1, (long)Math.Ceiling(p * Count));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += _buckets[i];
            if (seen >= rank) return Math.Min((i + 1) * BucketMilliseconds, MaxMilliseconds);
        }
        return MaxMilliseconds;
    }

    /// <summary>Clear forgets every recorded latency.</summary>
    public void Clear()
    {
        Array.Clear(_buckets);
        Count = 0;
        MaxMilliseconds = 0;
    }
}
