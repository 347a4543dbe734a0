namespace Skia.Toolkit.Threading;

/// <summary>
/// FrameTimeHistogram counts frame times in fixed 50 µs buckets up to 200 ms (longer frames go
/// in the last bucket; the exact maximum is kept apart). Fixed buckets, because recording runs
/// every frame and must not allocate; 50 µs resolves the p50 of a sub-millisecond frame.
/// </summary>
internal sealed class FrameTimeHistogram
{
    /// <summary>BucketWidth is the resolution of the percentiles.</summary>
    public static readonly TimeSpan BucketWidth = TimeSpan.FromMicroseconds(50);

    private const int BucketCount = 4000; // 4000 x 50 µs = 200 ms: beyond that a frame is simply "very late".
    private readonly int[] buckets = new int[BucketCount];

    /// <summary>Count is the number of frames recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Max is the longest frame recorded, exactly.</summary>
    public TimeSpan Max { get; private set; }

    /// <summary>Record adds one frame time.</summary>
    public void Record(TimeSpan frameTime)
    {
        if (frameTime < TimeSpan.Zero) frameTime = TimeSpan.Zero;
        // Bucket i holds (i*w, (i+1)*w]: a percentile reports the upper edge, which then never
        // overstates a frame that landed exactly on an edge.
        var index = (int)Math.Clamp((frameTime.Ticks + BucketWidth.Ticks - 1) / BucketWidth.Ticks - 1, 0, BucketCount - 1);
        buckets[index]++;
        Count++;
        if (frameTime > Max) Max = frameTime;
    }

    /// <summary>Percentile is the upper edge of the bucket holding the p-th fraction of frames (0 &lt; p ≤ 1); zero when empty.</summary>
    public TimeSpan Percentile(double p)
    {
        if (Count == 0) return TimeSpan.Zero;
        var rank = (long)Math.Ceiling(p * Count);
        if (rank < 1) rank = 1;
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += buckets[i];
            if (seen >= rank)
            {
                var upper = TimeSpan.FromTicks((i + 1) * BucketWidth.Ticks);
                return upper < Max ? upper : Max;
            }
        }
        return Max;
    }

    /// <summary>Clear forgets every recorded frame.</summary>
    public void Clear()
    {
        Array.Clear(buckets);
        Count = 0;
        Max = TimeSpan.Zero;
    }
}
