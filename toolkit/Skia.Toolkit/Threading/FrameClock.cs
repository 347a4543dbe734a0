namespace Skia.Toolkit.Threading;

/// <summary>
/// FrameClock paces the UI thread's frames. It ticks at the display rate: with vsync the
/// backend's present waits for the display and the clock only keeps time; without, the clock
/// waits until the next frame is due with a precise timer (sleep for the bulk, spin the last
/// millisecond). A frame is produced only when the tree is dirty or a snapshot source has a new
/// value; each source is applied at most once per frame. It records frame times
/// (p50/p99/max), frames shown and frames dropped, which the app reads from
/// <see cref="Statistics"/> (since start) or <see cref="RecentStatistics"/> (the last few seconds).
/// </summary>
public sealed class FrameClock
{
    // Thread.Sleep on Linux overshoots by up to about a millisecond; sleep that much less and spin the rest.
    private static readonly TimeSpan SpinMargin = TimeSpan.FromMilliseconds(1.5);

    /// <summary>RecentCapacity is how many of the latest frames <see cref="RecentStatistics"/> can look back over (68 s at 60 Hz).</summary>
    public const int RecentCapacity = 4096;

    private readonly TimeProvider time;
    private readonly List<IFrameSource> sources = [];
    private readonly FrameTimeHistogram histogram = new();
    private long nextDue;
    private long framesShown;
    private long framesDropped;

    // The latest frames, a ring: when each was recorded (timestamp) and how long it took (ticks). RecentStatistics
    // counts them into its own histogram, so a read allocates nothing either.
    private readonly long[] recentEnds = new long[RecentCapacity];
    private readonly long[] recentTimes = new long[RecentCapacity];
    private readonly FrameTimeHistogram recentHistogram = new();
    private int recentNext;
    private int recentCount;

    /// <summary>FrameClock ticks <paramref name="refreshRateHz"/> times a second; <paramref name="time"/> replaces the system clock in tests.</summary>
    public FrameClock(double refreshRateHz = 60, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(refreshRateHz, 0);
        this.time = time ?? TimeProvider.System;
        FrameInterval = TimeSpan.FromSeconds(1 / refreshRateHz);
        nextDue = this.time.GetTimestamp();
    }

    /// <summary>FrameInterval is the time between display refreshes.</summary>
    public TimeSpan FrameInterval { get; }

    /// <summary>Vsync says the backend's present waits for the display, so the clock need not wait itself.</summary>
    public bool Vsync { get; set; }

    /// <summary>Statistics are the frame counts and times recorded so far (since start or <see cref="ResetStatistics"/>).</summary>
    public FrameStatistics Statistics => new(framesShown, framesDropped, histogram.Percentile(0.50), histogram.Percentile(0.99), histogram.Max);

    /// <summary>
    /// RecentStatistics are the frame counts and times of the frames recorded in the last <paramref name="window"/>
    /// (at most the latest <see cref="RecentCapacity"/> frames), with the same 50 µs percentiles as <see cref="Statistics"/>:
    /// what a live readout shows, where the start-up frames counted since start would hide the frames of now. Read it
    /// on the thread that records frames (the UI thread); it allocates nothing.
    /// </summary>
    /// <param name="window">How far back a frame counts; positive.</param>
    public FrameStatistics RecentStatistics(TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        recentHistogram.Clear();
        var now = time.GetTimestamp();
        long dropped = 0;
        for (var k = 1; k <= recentCount; k++)
        {
            var i = (recentNext - k) & (RecentCapacity - 1);
            if (time.GetElapsedTime(recentEnds[i], now) >= window) break; // the ones before it are older still
            var frameTime = TimeSpan.FromTicks(recentTimes[i]);
            recentHistogram.Record(frameTime);
            dropped += Dropped(frameTime);
        }
        return new(recentHistogram.Count, dropped, recentHistogram.Percentile(0.50), recentHistogram.Percentile(0.99), recentHistogram.Max);
    }

    /// <summary>Subscribe registers a snapshot source: each frame its newest snapshot, if new, goes to <paramref name="apply"/> on the UI thread.</summary>
    public void Subscribe<T>(LatestValue<T> source, Action<T> apply) where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(apply);
        sources.Add(new FrameSource<T>(source, apply));
    }

    /// <summary>
    /// Subscribe registers a lossless batch source: each frame in which items wait, <paramref name="apply"/> gets all
    /// of them at once on the UI thread (the span is valid only during the call), before the frame is rendered.
    /// </summary>
    public void Subscribe<T>(FrameQueue<T> queue, Action<ReadOnlySpan<T>> apply)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(apply);
        sources.Add(new FrameQueueSource<T>(queue, apply));
    }

    /// <summary>HasNewSnapshot says whether any subscribed source holds a snapshot not applied yet.</summary>
    public bool HasNewSnapshot
    {
        get
        {
            foreach (var source in sources)
            {
                if (source.HasNew) return true;
            }
            return false;
        }
    }

    /// <summary>NeedsFrame says whether a frame should be produced: the tree is dirty or a snapshot is new.</summary>
    public bool NeedsFrame(bool treeDirty) => treeDirty || HasNewSnapshot;

    /// <summary>ApplySnapshots applies the newest snapshot of each source that has one; returns how many it applied.</summary>
    public int ApplySnapshots()
    {
        var applied = 0;
        foreach (var source in sources)
        {
            if (source.ApplyNewest()) applied++;
        }
        return applied;
    }

    /// <summary>TimeUntilNextFrame is how long until the next frame is due; zero with vsync or when due already.</summary>
    public TimeSpan TimeUntilNextFrame()
    {
        if (Vsync) return TimeSpan.Zero;
        var left = time.GetElapsedTime(time.GetTimestamp(), nextDue);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>WaitForNextFrame blocks until the next frame is due (returns at once with vsync).</summary>
    public void WaitForNextFrame()
    {
        var left = TimeUntilNextFrame();
        if (left > SpinMargin) Thread.Sleep(left - SpinMargin);
        while (TimeUntilNextFrame() > TimeSpan.Zero) Thread.SpinWait(64);
    }

    /// <summary>BeginFrame marks the start of a frame and returns its timestamp, to pass to <see cref="EndFrame"/>.</summary>
    public long BeginFrame()
    {
        var now = time.GetTimestamp();
        var interval = (long)(FrameInterval.TotalSeconds * time.TimestampFrequency);
        // Keep the display cadence while frames are on time; restart it after an idle stretch.
        nextDue = now - nextDue < interval ? nextDue + interval : now + interval;
        return now;
    }

    /// <summary>EndFrame records a frame that started at <paramref name="startTimestamp"/> and was presented now.</summary>
    public void EndFrame(long startTimestamp)
    {
        var now = time.GetTimestamp();
        Record(time.GetElapsedTime(startTimestamp, now), now);
    }

    /// <summary>RecordFrame records one presented frame that took <paramref name="frameTime"/> and ended now; refreshes it overran count as dropped.</summary>
    public void RecordFrame(TimeSpan frameTime) => Record(frameTime, time.GetTimestamp());

    private void Record(TimeSpan frameTime, long endTimestamp)
    {
        histogram.Record(frameTime);
        framesShown++;
        framesDropped += Dropped(frameTime);
        recentEnds[recentNext] = endTimestamp;
        recentTimes[recentNext] = frameTime.Ticks;
        recentNext = (recentNext + 1) & (RecentCapacity - 1);
        if (recentCount < RecentCapacity) recentCount++;
    }

    private long Dropped(TimeSpan frameTime) => frameTime > FrameInterval ? frameTime.Ticks / FrameInterval.Ticks : 0;

    /// <summary>ResetStatistics forgets the frames recorded so far (e.g. after start-up, before measuring).</summary>
    public void ResetStatistics()
    {
        histogram.Clear();
        framesShown = 0;
        framesDropped = 0;
        recentCount = 0;
    }
}
